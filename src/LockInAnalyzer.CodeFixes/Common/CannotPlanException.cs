using System;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// Thrown inside a <see cref="VendorClientPlanner{TClientType}"/> when a shape of code cannot be changed safely. Planning
    /// checks many nested shapes; unwinding from the first one found keeps each check local, and the whole plan is then
    /// dropped, so the fix is not offered.
    /// </summary>
    internal sealed class CannotPlanException : Exception
    {
    }
}
