using System;
using System.Threading.Tasks;

namespace LockInAnalyzer.Cli
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            try
            {
                Console.OutputEncoding = System.Text.Encoding.UTF8;
                var environment = new CliEnvironment(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
                return await CliApp.RunAsync(args, environment).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("lockin: internal error (" + e.GetType().Name + "): " + e.Message.Replace('\n', ' '));
                return ExitCodes.Error;
            }
        }
    }
}
