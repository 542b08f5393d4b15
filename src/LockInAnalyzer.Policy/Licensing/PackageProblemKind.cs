namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>Why package metadata could not be fully used (reported as LOCK191 by the build task).</summary>
    public enum PackageProblemKind
    {
        /// <summary>No .nuspec in the package folder, or more than one.</summary>
        NuspecMissing,

        /// <summary>The .nuspec is not well-formed XML, is not a nuspec, or lacks id/version.</summary>
        NuspecCorrupt,

        /// <summary>The .nuspec was refused unread: it declares a DTD (entity expansion, external entities) or is too large.</summary>
        NuspecRefused,

        /// <summary>A metadata value is malformed (a version, a boolean, an unsupported license type).</summary>
        InvalidMetadata,

        /// <summary>The license expression does not parse.</summary>
        InvalidLicenseExpression,

        /// <summary>A file path is absolute, climbs with <c>..</c>, goes through a link or otherwise leaves the package folder.</summary>
        UnsafePath,

        /// <summary>The file named by the metadata does not exist in the package.</summary>
        FileMissing,

        /// <summary>The file is larger than the bound for its kind.</summary>
        FileTooLarge,

        /// <summary>The file exists but could not be read as text.</summary>
        FileUnreadable,
    }
}
