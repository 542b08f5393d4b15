using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// The modern replacement of each deprecated SPDX id that has an unambiguous one. Packages published before SPDX
    /// 3.0 still say <c>GPL-2.0</c> or <c>LGPL-2.1+</c>; policies are written against the modern ids, so the parser
    /// rewrites them and flags the expression as deprecated. The replacements are those given by the SPDX license list
    /// (the "-only"/"-or-later" split of the GNU ids, and ids that were folded into a license plus an exception).
    /// </summary>
    public static class SpdxDeprecatedIds
    {
        private static readonly Dictionary<string, (string License, string? Exception)> Map =
            new Dictionary<string, (string, string?)>(StringComparer.OrdinalIgnoreCase)
            {
                ["AGPL-1.0"] = ("AGPL-1.0-only", null),
                ["AGPL-3.0"] = ("AGPL-3.0-only", null),
                ["GFDL-1.1"] = ("GFDL-1.1-only", null),
                ["GFDL-1.2"] = ("GFDL-1.2-only", null),
                ["GFDL-1.3"] = ("GFDL-1.3-only", null),
                ["GPL-1.0"] = ("GPL-1.0-only", null),
                ["GPL-1.0+"] = ("GPL-1.0-or-later", null),
                ["GPL-2.0"] = ("GPL-2.0-only", null),
                ["GPL-2.0+"] = ("GPL-2.0-or-later", null),
                ["GPL-3.0"] = ("GPL-3.0-only", null),
                ["GPL-3.0+"] = ("GPL-3.0-or-later", null),
                ["LGPL-2.0"] = ("LGPL-2.0-only", null),
                ["LGPL-2.0+"] = ("LGPL-2.0-or-later", null),
                ["LGPL-2.1"] = ("LGPL-2.1-only", null),
                ["LGPL-2.1+"] = ("LGPL-2.1-or-later", null),
                ["LGPL-3.0"] = ("LGPL-3.0-only", null),
                ["LGPL-3.0+"] = ("LGPL-3.0-or-later", null),
                ["GPL-2.0-with-autoconf-exception"] = ("GPL-2.0-only", "Autoconf-exception-2.0"),
                ["GPL-2.0-with-bison-exception"] = ("GPL-2.0-or-later", "Bison-exception-2.2"),
                ["GPL-2.0-with-classpath-exception"] = ("GPL-2.0-only", "Classpath-exception-2.0"),
                ["GPL-2.0-with-font-exception"] = ("GPL-2.0-only", "Font-exception-2.0"),
                ["GPL-2.0-with-GCC-exception"] = ("GPL-2.0-only", "GCC-exception-2.0"),
                ["GPL-3.0-with-autoconf-exception"] = ("GPL-3.0-only", "Autoconf-exception-3.0"),
                ["GPL-3.0-with-GCC-exception"] = ("GPL-3.0-only", "GCC-exception-3.1"),
                ["BSD-2-Clause-FreeBSD"] = ("BSD-2-Clause", null),
                ["BSD-2-Clause-NetBSD"] = ("BSD-2-Clause", null),
                ["bzip2-1.0.5"] = ("bzip2-1.0.6", null),
                ["eCos-2.0"] = ("GPL-2.0-or-later", "eCos-exception-2.0"),
                ["Nunit"] = ("Zlib-acknowledgement", null),
                ["StandardML-NJ"] = ("SMLNJ", null),
                ["wxWindows"] = ("LGPL-2.0-or-later", "WxWindows-exception-3.1"),
            };

        /// <summary>
        /// The replacement of <paramref name="id"/> (which may end in <c>+</c>); false when it is not a deprecated id
        /// this table knows. <c>AGPL-3.0+</c> and similar forms the list never had map to their <c>-or-later</c> id.
        /// </summary>
        public static bool TryGetReplacement(string id, out string license, out string? exception)
        {
            if (Map.TryGetValue(id, out var replacement))
            {
                license = replacement.License;
                exception = replacement.Exception;
                return true;
            }

            if (id.EndsWith("+", StringComparison.Ordinal) &&
                Map.TryGetValue(id.Substring(0, id.Length - 1), out var baseReplacement) &&
                baseReplacement.Exception == null &&
                baseReplacement.License.EndsWith("-only", StringComparison.Ordinal))
            {
                license = baseReplacement.License.Substring(0, baseReplacement.License.Length - "-only".Length) + "-or-later";
                exception = null;
                return true;
            }

            license = id;
            exception = null;
            return false;
        }
    }
}
