using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseUrlMapperTests
    {
        private static readonly LicenseUrlMapper Mapper = new LicenseUrlMapper(LicenseKnowledge.Default);

        [Theory]
        [InlineData("https://licenses.nuget.org/MIT", "MIT", "MIT")]
        [InlineData("https://licenses.nuget.org/Apache-2.0", "Apache-2.0", "Apache-2.0")]
        [InlineData("https://licenses.nuget.org/MIT%20OR%20Apache-2.0", "MIT OR Apache-2.0", "MIT OR Apache-2.0")]
        [InlineData("https://licenses.nuget.org/(MIT%20OR%20Apache-2.0)", "MIT OR Apache-2.0", "MIT OR Apache-2.0")]
        [InlineData("https://licenses.nuget.org/GPL-2.0+", "GPL-2.0-or-later", "GPL-2.0-or-later")]
        [InlineData("https://licenses.nuget.org/LGPL-2.1-only%20WITH%20Classpath-exception-2.0", "LGPL-2.1-only WITH Classpath-exception-2.0", "LGPL-2.1-only WITH Classpath-exception-2.0")]
        [InlineData("https://opensource.org/licenses/MIT", "MIT", "MIT")]
        [InlineData("http://www.opensource.org/licenses/mit-license.php", "MIT", "MIT")]
        [InlineData("https://opensource.org/licenses/Apache-2.0", "Apache-2.0", "Apache-2.0")]
        [InlineData("https://opensource.org/license/rpl-1-5/", "RPL-1.5", "RPL-1.5")]
        [InlineData("https://opensource.org/license/apache-2-0", "Apache-2.0", "Apache-2.0")]
        [InlineData("https://opensource.org/licenses/BSD-3-Clause", "BSD-3-Clause", "BSD-3-Clause")]
        [InlineData("https://spdx.org/licenses/MPL-2.0.html", "MPL-2.0", "MPL-2.0")]
        [InlineData("https://opensource.org/licenses/GPL-2.0", "GPL-2.0-only", "GPL-2.0-only")]
        [InlineData("http://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0", "Apache-2.0")]
        [InlineData("https://www.apache.org/licenses/LICENSE-2.0.txt", "Apache-2.0", "Apache-2.0")]
        [InlineData("https://www.gnu.org/licenses/lgpl-3.0.html", "LGPL-3.0-only", "LGPL-3.0-only")]
        [InlineData("https://www.gnu.org/licenses/gpl-3.0.en.html", "GPL-3.0-only", "GPL-3.0-only")]
        [InlineData("https://www.mozilla.org/MPL/2.0/", "MPL-2.0", "MPL-2.0")]
        [InlineData("https://choosealicense.com/licenses/mit/", "MIT", "MIT")]
        [InlineData("http://www.microsoft.com/web/webpi/eula/net_library_eula_ENU.htm", "LicenseRef-Microsoft-NET-Library-EULA", "Microsoft .NET Library EULA")]
        [InlineData("https://www.microsoft.com/web/webpi/eula/net_library_eula_enu.htm", "LicenseRef-Microsoft-NET-Library-EULA", "Microsoft .NET Library EULA")]
        [InlineData("http://go.microsoft.com/fwlink/?LinkId=329770", "LicenseRef-Microsoft-NET-Library-EULA", "Microsoft .NET Library EULA")]
        [InlineData("https://go.microsoft.com/fwlink/?linkid=329770", "LicenseRef-Microsoft-NET-Library-EULA", "Microsoft .NET Library EULA")]
        [InlineData("http://www.microsoft.com/net/dotnet_library_license.htm", "LicenseRef-Microsoft-NET-Library-EULA", "Microsoft .NET Library EULA")]
        [InlineData("http://www.microsoft.com/web/webpi/eula/aspnetcomponent_rtw_ENU.htm", "LicenseRef-Microsoft-EULA", "Microsoft software license terms")]
        [InlineData("https://raw.githubusercontent.com/aspnet/AspNetCore/2.0.0/LICENSE.txt", "Apache-2.0", "Apache-2.0 (the ASP.NET Core license at the 2.0.0 tag, named by ASP.NET Core 2.x packages)")]
        [InlineData("http://opensource.org/licenses/bsd-license.php", "BSD-2-Clause", "BSD-2-Clause (OSI's old address of the BSD-2-Clause page)")]
        [InlineData("http://www.gnu.org/licenses/old-licenses/gpl-2.0.html", "GPL-2.0-only", "GPL-2.0-only (the FSF's page of the GPL version 2)")]
        [InlineData("http://www.gnu.org/licenses/lgpl.html", "LGPL-3.0-only", "LGPL-3.0-only (the FSF's page of the current LGPL, version 3)")]
        [InlineData("https://www.sqlite.org/copyright.html", "LicenseRef-Public-Domain", "LicenseRef-Public-Domain (SQLite's public-domain dedication)")]
        [InlineData("https://servicestack.net/terms/", "LicenseRef-ServiceStack", "LicenseRef-ServiceStack (ServiceStack's commercial terms, free only within its quotas)")]
        [InlineData("https://creativecommons.org/licenses/by-nc-sa/4.0/", "CC-BY-NC-SA-4.0", "CC-BY-NC-SA-4.0")]
        [InlineData("http://creativecommons.org/licenses/by/4.0/legalcode", "CC-BY-4.0", "CC-BY-4.0")]
        public void Identifies_trusted_urls(string url, string expression, string description)
        {
            var mapping = Mapper.Map(url);
            Assert.Equal(LicenseUrlKind.Identified, mapping.Kind);
            Assert.Equal(expression, mapping.Expression!.ToString());
            Assert.Equal(description, mapping.Description);
        }

        [Theory]
        [InlineData("https://github.com/AutoMapper/AutoMapper/blob/master/LICENSE.txt", "a file in a source repository, not trusted (it can change after the package was published)")]
        [InlineData("https://raw.githubusercontent.com/x/y/main/LICENSE", "a file in a source repository, not trusted (it can change after the package was published)")]
        [InlineData("https://gitlab.com/x/y/-/blob/main/LICENSE", "a file in a source repository, not trusted (it can change after the package was published)")]
        [InlineData("https://go.microsoft.com/fwlink/?LinkId=123456", "a Microsoft redirect link whose target this tool does not know")]
        [InlineData("https://aka.ms/some-license", "a Microsoft redirect link whose target this tool does not know")]
        [InlineData("https://www.microsoft.com/en-us/legal/intellectualproperty", "a Microsoft page this tool does not know as a license")]
        [InlineData("https://example.com/license.html", "not a known license URL")]
        [InlineData("https://opensource.org/licenses/not-a-license.php", "a license page this tool cannot map to an SPDX id")]
        [InlineData("https://raw.githubusercontent.com/aspnet/AspNetCore/master/LICENSE.txt", "a file in a source repository, not trusted (it can change after the package was published)")]
        [InlineData("https://creativecommons.org/licenses/by-xx/9.0/", "not a known license URL")]
        public void Does_not_trust_other_urls(string url, string description)
        {
            var mapping = Mapper.Map(url);
            Assert.Equal(LicenseUrlKind.Untrusted, mapping.Kind);
            Assert.Null(mapping.Expression);
            Assert.Equal(description, mapping.Description);
        }

        [Theory]
        [InlineData("https://aka.ms/deprecateLicenseUrl")]
        [InlineData("https://aka.ms/deprecateLicenseUrl/")]
        [InlineData("HTTPS://AKA.MS/DEPRECATELICENSEURL")]
        public void Recognises_the_placeholder(string url) =>
            Assert.Equal(LicenseUrlKind.Placeholder, Mapper.Map(url).Kind);

        [Theory]
        [InlineData("https://licenses.nuget.org/MIT%20OR", "the expression 'MIT OR' is invalid at offset 6: expected a license id after OR")]
        [InlineData("not a url", "not an http(s) URL")]
        [InlineData("file:///etc/passwd", "not an http(s) URL")]
        [InlineData("", "not an http(s) URL")]
        public void Reports_invalid_urls(string url, string description)
        {
            var mapping = Mapper.Map(url);
            Assert.Equal(LicenseUrlKind.Invalid, mapping.Kind);
            Assert.Equal(description, mapping.Description);
        }
    }
}
