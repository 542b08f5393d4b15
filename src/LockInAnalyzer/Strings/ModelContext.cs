using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// Whether a string sits where a model id goes: an argument for a parameter named like <c>model</c>, or a value
    /// given to a variable, field, property or named argument named like one (<c>Model</c>, <c>_chatModelId</c>,
    /// <c>DeploymentName</c>), directly or through a conditional, <c>??</c> or switch expression. Names match the
    /// catalog's list exactly or as a suffix, ignoring case and a leading <c>_</c>.
    /// </summary>
    public static class ModelContext
    {
        public static bool Contains(SyntaxNode literal, SemanticModel model, ISet<string> names, ISet<string> extraNames, CancellationToken cancellationToken)
        {
            // The value may reach its target through parentheses, a cast, `cond ? "o3" : "o4-mini"`, `?? "o3"` or a switch arm.
            var node = literal;
            for (var depth = 0; depth < 32; depth++)
            {
                var parent = node.Parent;
                if (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax
                    || (parent is ConditionalExpressionSyntax conditional && conditional.Condition != node)
                    || (parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression)))
                {
                    node = parent;
                }
                else if (parent is SwitchExpressionArmSyntax arm && arm.Expression == node && arm.Parent is SwitchExpressionSyntax switchExpression)
                {
                    node = switchExpression;
                }
                else
                {
                    break;
                }
            }

            var name = node.Parent switch
            {
                ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
                ArgumentSyntax argument => ParameterName(argument, model, cancellationToken),
                AttributeArgumentSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
                AttributeArgumentSyntax { NameColon: { } attributeColon } => attributeColon.Name.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
                AssignmentExpressionSyntax assignment when assignment.Right == node => AssignedName(assignment.Left),
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                _ => null,
            };

            return name != null && IsModelName(name, names, extraNames);
        }

        public static bool IsModelName(string name, ISet<string> names, ISet<string> extraNames)
        {
            var trimmed = name.TrimStart('_');
            if (trimmed.StartsWith("m_", StringComparison.Ordinal))
            {
                trimmed = trimmed.Substring(2);
            }

            if (names.Contains(trimmed) || extraNames.Contains(trimmed))
            {
                return true;
            }

            // ChatModelId, DefaultDeploymentName, EMBEDDING_MODEL: a model name as the last word.
            foreach (var candidate in names)
            {
                if (trimmed.Length > candidate.Length
                    && trimmed.EndsWith(candidate, StringComparison.OrdinalIgnoreCase)
                    && (char.IsUpper(candidate[0]) || char.IsUpper(trimmed[trimmed.Length - candidate.Length]) || trimmed[trimmed.Length - candidate.Length - 1] == '_'))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? AssignedName(ExpressionSyntax left) => left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        // Positional arguments need binding; this runs only for strings that already look like a model id.
        private static string? ParameterName(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken) =>
            (model.GetOperation(argument, cancellationToken) as IArgumentOperation)?.Parameter?.Name;
    }
}
