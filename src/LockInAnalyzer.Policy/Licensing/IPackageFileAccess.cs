namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Read access to the files of one package. The engine reads package files only through this, so an
    /// implementation decides what "inside the package" means (an extracted folder, a .nupkg, an in-memory test
    /// double) and every implementation must refuse paths that leave it.
    /// </summary>
    public interface IPackageFileAccess
    {
        /// <summary>Reads a text file named by package metadata (a path relative to the package root, as written in the nuspec).</summary>
        PackageFileReadResult ReadText(string relativePath, long maxBytes);

        /// <summary>
        /// The files directly in a folder of the package (<c>""</c> for the root), as paths relative to the package
        /// root; empty when the folder is missing, unreadable or a link. Used to find license files the nuspec does
        /// not name; reading them still goes through <see cref="ReadText"/>.
        /// </summary>
        System.Collections.Generic.IReadOnlyList<string> ListFiles(string relativeFolder);
    }
}
