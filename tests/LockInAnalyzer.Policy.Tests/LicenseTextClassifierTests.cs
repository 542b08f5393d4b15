using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Tools.SpdxDataGenerator;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseTextClassifierTests
    {
        private static readonly LicenseTextClassifier Classifier = new LicenseTextClassifier(LicenseKnowledge.Default);

        private static string Reference(string id) => SpdxData.ReadTexts(TestEnvironment.SpdxFolder)[id];

        [Theory]
        [InlineData(
            "Your license is governed by the Reciprocal Public License 1.5 (RPL1.5). If you do not wish to release the source of software you build, you may use it under the License Agreement described here: https://example.com/license",
            "RPL-1.5 OR LicenseRef-Commercial", "RPL-1.5 or a commercial agreement")]
        [InlineData(
            "This library is available under the GNU Affero General Public License v3, or under a commercial license for closed-source use.",
            "AGPL-3.0-only OR LicenseRef-Commercial", "AGPL-3.0-only or a commercial agreement")]
        [InlineData(
            "Licensed under GPLv3. Commercial licenses are available from sales@example.com.",
            "GPL-3.0-only OR LicenseRef-Commercial", "GPL-3.0-only or a commercial agreement")]
        [InlineData("This software is licensed under the PolyForm Noncommercial License 1.0.0.", "PolyForm-Noncommercial-1.0.0", "refers to PolyForm-Noncommercial-1.0.0")]
        [InlineData("Licensed under the Polyform Shield License 1.0.0", "PolyForm-Shield-1.0.0", "refers to PolyForm-Shield-1.0.0")]
        [InlineData("Free for non-commercial use only. Contact us for anything else.", "LicenseRef-NonCommercial", "non-commercial use only")]
        [InlineData("Use of this component requires a commercial license. Purchase a license at example.com.", "LicenseRef-Commercial", "commercial license terms")]
        [InlineData("MICROSOFT SOFTWARE LICENSE TERMS\nMICROSOFT .NET LIBRARY\nThese license terms are an agreement ...", "LicenseRef-Microsoft-NET-Library-EULA", "Microsoft .NET Library EULA")]
        [InlineData("MICROSOFT SOFTWARE LICENSE TERMS\nMICROSOFT AZURE KINECT SDK\n...", "LicenseRef-Microsoft-EULA", "Microsoft software license terms")]
        [InlineData("Copyright (c) 2024 Contoso Ltd. All rights reserved.\nThis software is confidential and proprietary.", "LicenseRef-Proprietary", "all rights reserved, no license granted")]
        [InlineData("Copyright (c) Contoso. All rights reserved.\nLicensed under the MIT license. See LICENSE in the project root.", "MIT", "refers to MIT")]
        [InlineData("This project is released under the Apache License, Version 2.0.", "Apache-2.0", "refers to Apache-2.0")]
        [InlineData("\"Commons Clause\" License Condition v1.0 ... without the Commons Clause", "LicenseRef-Commons-Clause", "Commons Clause")]
        [InlineData("This program is free software: you can redistribute it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.\n\n## Commercial License\nIn addition, it is offered under a commercial license.",
            "AGPL-3.0-or-later OR LicenseRef-Commercial", "AGPL-3.0-or-later or a commercial agreement")]
        [InlineData("SONAR Source-Available License v1.0\nLast Updated November 13, 2024\n1. DEFINITIONS", "LicenseRef-Sonar-Source-Available-1.0", "the SONAR Source-Available License")]
        [InlineData("**MICROSOFT PRE-RELEASE SOFTWARE LICENSE TERMS**\nYou may install any number of copies of the software on your premises solely to internally evaluate it.", "LicenseRef-Evaluation-Only", "pre-release license terms (evaluation)")]
        [InlineData("1. BY INSTALLING OR USING THE PRODUCT, YOU AGREE TO BE BOUND BY THE TERMS OF THE ASPOSE EULA.", "LicenseRef-Aspose-EULA", "the Aspose End User License Agreement")]
        [InlineData("SQLite is Public Domain\nhttps://sqlite.org/copyright.html", "LicenseRef-Public-Domain", "a public-domain dedication")]
        [InlineData("X by Y is licensed under a Creative Commons Attributeion 4.0 International License, http://creativecommons.org/licenses/by/4.0/.", "CC-BY-4.0", "the Creative Commons Attribution 4.0 license")]
        [InlineData("The OpenLDAP Public License\n  Version 2.8, 17 August 2003\nRedistribution and use of this software", "OLDAP-2.8", "the OpenLDAP Public License 2.8")]
        [InlineData("Initial Developer's Public License Version 1.0\n1. Definitions", "LicenseRef-IDPL-1.0", "the Initial Developer's Public License 1.0")]
        [InlineData("Six Labors Split License\nVersion 1.0, June 2022", "LicenseRef-SixLabors-Split", "the Six Labors Split License")]
        [InlineData("CONTOSO CONTROLS END-USER LICENSE AGREEMENT\nThis EULA is a legal agreement between you and Contoso Ltd.", "LicenseRef-Vendor-EULA", "a vendor's end-user license agreement (terms this tool does not know)")]
        public void Wording_is_recognised(string text, string expression, string description)
        {
            var finding = Classifier.Classify(text);
            Assert.Equal(expression, finding.Expression?.ToString());
            Assert.Equal(description, finding.Description);
            Assert.Null(finding.Match);
        }

        [Fact]
        public void A_mere_mention_of_a_license_is_not_a_declaration()
        {
            var finding = Classifier.Classify("Unlike the MIT license, these terms are our own. Ask us before using the software.");
            Assert.Null(finding.Expression);
        }

        [Fact]
        public void A_copyleft_text_with_a_paid_alternative_is_a_dual()
        {
            var finding = Classifier.Classify("This program is offered under the license below, or under a commercial license from Example Inc.\n\n" + Reference("GPL-3.0-only"));
            Assert.Equal("GPL-3.0-only OR LicenseRef-Commercial", finding.Expression!.ToString());
            Assert.Equal("GPL-3.0-only or a commercial agreement", finding.Description);
            Assert.Equal("GPL-3.0-only", finding.Match!.Id);
            Assert.Equal(LicenseCategory.Commercial, LicenseKnowledge.Default.Categorize(finding.Expression));
        }

        [Fact]
        public void A_permissive_text_with_a_paid_alternative_stays_permissive()
        {
            var finding = Classifier.Classify(Reference("MIT") + "\n\nCommercial licenses with support are also available.");
            Assert.Equal("MIT", finding.Expression!.ToString());
        }

        [Fact]
        public void A_permissive_text_restricted_to_non_commercial_use_is_non_commercial()
        {
            var finding = Classifier.Classify(Reference("MIT") + "\n\nNote: for non-commercial use only.");
            Assert.Equal("MIT AND LicenseRef-NonCommercial", finding.Expression!.ToString());
            Assert.Equal("MIT restricted to non-commercial use", finding.Description);
            Assert.Equal(LicenseCategory.NonCommercial, LicenseKnowledge.Default.Categorize(finding.Expression));
        }

        [Fact]
        public void Apache_with_the_commons_clause_is_source_available()
        {
            var finding = Classifier.Classify("\"Commons Clause\" License Condition v1.0\n\nThe Software is provided to you by the Licensor under the License, as defined below, subject to the following condition.\n\n" + Reference("Apache-2.0"));
            Assert.Equal("Apache-2.0 AND LicenseRef-Commons-Clause", finding.Expression!.ToString());
            Assert.Equal(LicenseCategory.SourceAvailable, LicenseKnowledge.Default.Categorize(finding.Expression));
        }

        [Fact]
        public void A_file_with_two_licenses_picks_the_one_it_mostly_is()
        {
            // A limit, documented in docs/licenses.md: a combined file is reported as one license, the dominant one.
            var finding = Classifier.Classify(Reference("MIT") + "\n\nThird-party notice:\n\n" + Reference("Apache-2.0"));
            Assert.Equal("Apache-2.0", finding.Expression!.ToString());
        }
    }
}
