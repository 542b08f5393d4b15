using System;
using LockInAnalyzer.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// The composition root: where an application chooses its vendor and wires it up (docs/architecture.md, "LOCK001
    /// in the composition root"). There, creating and configuring a vendor client, registering a vendor connector
    /// (Semantic Kernel, Aspire) and turning a client into an abstraction are what the code is for and are not reported;
    /// calling the service and reading its results is domain work and still is.
    /// A composition root is a file matching <c>lockin.composition_roots</c> (default <c>Program.cs, Startup.cs</c>) or a
    /// dependency-injection registration method (an extension method of a service collection or host builder).
    /// </summary>
    public static class CompositionRoot
    {
        /// <summary>The builders registration methods extend, by full name; any extension of one is wiring code.</summary>
        private static readonly string[] RegistrationTargets =
        {
            "Microsoft.Extensions.DependencyInjection.IServiceCollection",
            "Microsoft.Extensions.Hosting.IHostApplicationBuilder",
            "Microsoft.Extensions.Hosting.IHostBuilder",
            "Microsoft.AspNetCore.Builder.WebApplicationBuilder",
            "Microsoft.SemanticKernel.IKernelBuilder",
        };

        public static bool Contains(SyntaxTree tree, ISymbol? member, LockInSettings settings)
        {
            if (settings.CompositionRoots == null)
            {
                return false;
            }

            return settings.IsCompositionRootFile(tree.FilePath) || IsRegistrationMethod(member);
        }

        /// <summary>
        /// Whether a vendor member is wiring rather than use: a registration (a vendor extension method of a neutral
        /// type, or any vendor extension named <c>Add…</c>/<c>Use…</c>/<c>Configure…</c> by the .NET convention), a factory
        /// (a method returning a vendor type), a static vendor value, or a setting (a vendor property or event being
        /// assigned). Reading an instance property is reading a result: use.
        /// </summary>
        public static bool IsWiring(IOperation operation, ISymbol member, VendorSymbolIndex index)
        {
            switch (member)
            {
                case IMethodSymbol method:
                    var definition = method.ReducedFrom ?? method;
                    if (definition.IsExtensionMethod && definition.Parameters.Length > 0
                        && (index.VendorOf(definition.Parameters[0].Type) == null || IsRegistrationName(definition.Name)))
                    {
                        return true;
                    }

                    return operation is IInvocationOperation && IsVendorType(method.ReturnType, index);
                case IPropertySymbol property:
                    // A static vendor value (`ToolCallBehavior.AutoInvokeKernelFunctions`, `ChatResponseFormat.Text`) configures;
                    // an instance property read (`completion.Content`) reads a result, which is use.
                    return IsAssigned(operation) || (property.IsStatic && IsVendorType(property.Type, index));
                case IFieldSymbol field:
                    return IsAssigned(operation) || (field.IsStatic && IsVendorType(field.Type, index));
                case IEventSymbol:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsRegistrationMethod(ISymbol? member) =>
            member is IMethodSymbol { IsExtensionMethod: true } method
            && method.Parameters.Length > 0
            && Array.IndexOf(RegistrationTargets, method.Parameters[0].Type.OriginalDefinition.ToDisplayString()) >= 0;

        private static bool IsRegistrationName(string name) =>
            name.StartsWith("Add", StringComparison.Ordinal) || name.StartsWith("Use", StringComparison.Ordinal) || name.StartsWith("Configure", StringComparison.Ordinal);

        private static bool IsAssigned(IOperation operation) =>
            operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;

        private static bool IsVendorType(ITypeSymbol type, VendorSymbolIndex index) =>
            type is INamedTypeSymbol && index.VendorOf(type.OriginalDefinition) != null;
    }
}
