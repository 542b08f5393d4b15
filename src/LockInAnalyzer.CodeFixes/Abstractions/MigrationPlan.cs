using System.Collections.Generic;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.CodeFixes.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.CodeFixes.Abstractions
{
    /// <summary>A generated adapter a plan needs, with the vendor constructors it must forward.</summary>
    internal sealed class AdapterNeed
    {
        public AdapterNeed(ProjectId project, AdapterTemplate template, string name, string @namespace, DocumentId triggeringDocument)
        {
            Project = project;
            Template = template;
            Name = name;
            Namespace = @namespace;
            TriggeringDocument = triggeringDocument;
        }

        public ProjectId Project { get; }

        public AdapterTemplate Template { get; }

        /// <summary>The class name: the template's, or a unique variant when the project already has another type of that name.</summary>
        public string Name { get; }

        public string Namespace { get; }

        public DocumentId TriggeringDocument { get; }

        public List<IMethodSymbol> ForwardedConstructors { get; } = new List<IMethodSymbol>();

        public string FullName => Namespace + "." + Name;
    }

    /// <summary>Everything one fix does to one type: syntax edits in any document, adapters to generate, usings to add.</summary>
    internal sealed class MigrationPlan
    {
        public MigrationPlan(DocumentId document, TextSpan typeSpan)
        {
            Document = document;
            TypeSpan = typeSpan;
        }

        public DocumentId Document { get; }

        public TextSpan TypeSpan { get; }

        public List<SyntaxEdit> Edits { get; } = new List<SyntaxEdit>();

        public List<AdapterNeed> Adapters { get; } = new List<AdapterNeed>();

        /// <summary>Nodes the edits look up inside rewritten ancestors (receivers, arguments, moved expressions).</summary>
        public HashSet<SyntaxNode> Tracked { get; } = new HashSet<SyntaxNode>();

        /// <summary>Namespaces the edited documents need imported (an extension method such as <c>AsIChatClient</c>).</summary>
        public List<(DocumentId Document, string Namespace)> Usings { get; } = new List<(DocumentId, string)>();

        /// <summary>Whether the plan rewrites the code a diagnostic points at, so the fix makes that diagnostic go away.</summary>
        public bool Covers(DocumentId document, TextSpan span)
        {
            foreach (var edit in Edits)
            {
                if (edit.Document == document && edit.Node.Span.IntersectsWith(span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
