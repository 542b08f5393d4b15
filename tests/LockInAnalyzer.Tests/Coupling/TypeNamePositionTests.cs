using System.Threading.Tasks;
using LockInAnalyzer.Tests.Verification;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.VerifyPerUse;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>
    /// LOCK001's type-name pass decides before binding whether a name can be a type (<c>TypeNamePosition</c>). A wrong
    /// "no" is a silent miss, so these tests write vendor types in every position C# 11 allows that the other LOCK001 tests
    /// do not already cover, and pin each diagnostic's span and count. The expectations are the reference behaviour: the
    /// same tests pass with the filter off (<c>MayNameAType</c> always true), so any test that fails with it on is a
    /// position the filter wrongly rules out (the parenthesized type patterns did).
    /// </summary>
    public class TypeNamePositionTests
    {
        private const string ChatClientMessage = "'OpenAI.Chat.ChatClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead";
        private const string ApiEnumMessage = "'Anthropic.Core.ApiEnum<TRaw, TEnum>' couples this code to Anthropic; depend on an interface you own, implemented by an adapter instead";

        [Fact]
        public Task GenericMethodTypeArgumentsAndNestedGenericArguments() => Verifier.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Service
            {
                private static T? Make<T>() => default;

                public object Use(Service? other)
                {
                    Make<[|ChatClient|]>();
                    Make<List<[|ChatCompletion|]>>();
                    Make<Dictionary<string, List<[|ChatClient|][]>>>();
                    other?.Instance<[|OpenAI.Chat.ChatMessage|]>();
                    return Make<([|ChatClient|], int)>();
                }

                private void Instance<T>() { }
            }
            """);

        [Fact]
        public Task TypeofOfConstructedUnboundArrayAndGlobalQualifiedTypes() => Verifier.AnalyzerAsync(
            """
            using System;
            using System.Collections.Generic;
            using Anthropic.Core;
            using OpenAI.Chat;

            class Service
            {
                public Type[] Types() => new[]
                {
                    typeof(List<[|ChatClient|]>),
                    typeof(Dictionary<string, List<[|ChatCompletion|]>>),
                    typeof({|#0:ApiEnum<,>|}),
                    typeof([|ChatClient|][]),
                    typeof([|global::OpenAI.Chat.ChatClient|]),
                };
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ApiEnumMessage));

        [Fact]
        public Task NullableJaggedMultidimensionalAndNamedTupleTypes() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;
            using OpenAI.Embeddings;

            class Service
            {
                private [|ChatClient|]? _nullable;
                private [|ChatClient|][][]? _jagged;
                private [|ChatClient|][,]? _grid;
                private ([|ChatClient|] Chat, [|EmbeddingClient|]? Embeddings) _named;
                private ([|ChatClient|], int)? _nullableTuple;
                private [|ChatMessageRole|]? _nullableEnum;
                private [|ChatMessageRole|]?[]? _arrayOfNullableEnum;
            }
            """);

        [Fact]
        public Task RefOutInAndScopedParameters() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                public void Take(ref [|ChatClient|] a, out [|ChatClient|] b, in [|ChatClient|] c, scoped ref [|ChatCompletion|] d) => b = a;

                public void Many(params [|ChatClient|][] clients) { }

                public void Optional([|ChatClient|]? client = default, [|ChatMessageRole|] role = default([|ChatMessageRole|])) { }
            }
            """);

        [Fact]
        public Task RefLocalsRefReturnsAndRefFields() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            ref struct Slot
            {
                public ref [|ChatClient|] Client;
                public ref readonly [|ChatCompletion|] Completion;
            }

            class Service
            {
                private static ref [|ChatClient|] First([|ChatClient|][] all) => ref all[0];

                private static ref readonly [|ChatClient|] FirstReadOnly([|ChatClient|][] all) => ref all[0];

                public object Use([|ChatClient|][] all)
                {
                    ref [|ChatClient|] a = ref all[0];
                    ref readonly [|ChatClient|] b = ref all[0];
                    scoped ref [|ChatClient|] c = ref all[0];
                    return a;
                }
            }
            """);

        [Fact]
        public Task LocalFunctionLambdaAndAnonymousMethodTypes() => Verifier.AnalyzerAsync(
            """
            using System;
            using OpenAI.Chat;

            class Service
            {
                public object Use([|ChatClient|][] all)
                {
                    [|ChatClient|] Local() => all[0];
                    static [|ChatCompletion|]? StaticLocal([|ChatClient|] c) => null;
                    var explicitReturn = [|ChatClient|] () => all[0];
                    var nullableReturn = [|ChatClient|]? ([|ChatClient|]? c) => c;
                    var qualifiedReturn = [|OpenAI.Chat.ChatClient|] () => all[0];
                    var refReturn = ref [|ChatClient|] ([|ChatClient|][] a) => ref a[0];
                    var refParameter = (ref [|ChatClient|] c) => c;
                    Func<object, object> anonymous = delegate (object o) { return ([|ChatClient|])o; };
                    return Local();
                }
            }
            """);

        [Fact]
        public Task MembersDeclaredWithVendorTypes() => Verifier.AnalyzerAsync(
            """
            using System;
            using Anthropic.Core;
            using OpenAI.Chat;

            class Service
            {
                public [|ChatClient|] this[[|ChatCompletion|] key] => null!;

                public static implicit operator [|ChatClient|](Service s) => null!;

                public static [|ChatMessageRole|] operator +(Service s, [|ChatMessageRole|] r) => r;

                public delegate [|ChatClient|] Factory([|ChatCompletion|] c);

                public event Action<[|ChatClient|]>? Changed;

                public event [|NextHandler|]? Next;

                public event [|NextHandler|] Explicit { add { } remove { } }
            }
            """);

        [Fact]
        public Task ExplicitInterfaceImplementationOfAVendorInterface() => Verifier.AnalyzerAsync(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using Anthropic.Credentials;

            class Tokens : [|IIdentityTokenProvider|]
            {
                Task<string> [|IIdentityTokenProvider|].GetIdentityTokenAsync(CancellationToken cancellationToken) => Task.FromResult("t");
            }

            class QualifiedTokens : [|Anthropic.Credentials.IIdentityTokenProvider|]
            {
                Task<string> [|Anthropic.Credentials.IIdentityTokenProvider|].GetIdentityTokenAsync(CancellationToken cancellationToken) => Task.FromResult("t");
            }

            interface IMyClient : [|Anthropic.IAnthropicClient|]
            {
            }
            """);

        // The base constructor calls (`Default()`, `base(...)`) are not reported again: the base type is written in the
        // base list, where the type-name pass reports it once.
        [Fact]
        public Task RecordPrimaryConstructorBaseAndPositionalParameters() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Models.Beta.Messages;
            using OpenAI.Chat;

            record Extended([|ChatClient|] Client, [|ChatCompletion|]? Last) : [|Default|]();

            record Qualified(int X) : [|Anthropic.Models.Beta.Messages.Default|]();

            record Plain(int X) : [|Default|];

            class Derived : [|ChatClient|]
            {
                public Derived() : base("model", "key") { }
            }
            """);

        [Fact]
        public Task GenericConstraints() => Verifier.AnalyzerAsync(
            """
            using Anthropic;
            using Anthropic.Credentials;
            using OpenAI.Chat;

            class Holder<T> where T : [|ChatClient|]
            {
                public void Method<U>() where U : class, [|IIdentityTokenProvider|], new() { }

                public void Local()
                {
                    static void Inner<V>() where V : [|IAnthropicClient|] { }
                }
            }

            interface IHolder<T> where T : [|OpenAI.Chat.ChatCompletion|]
            {
            }

            delegate void Handler<T>(T item) where T : [|ChatClient|];
            """);

        [Fact]
        public Task UsingAliasToAGenericVendorTypeIsReportedOnceOnTheDirective() => Verifier.AnalyzerAsync(
            """
            using Enum = {|#0:Anthropic.Core.ApiEnum<string, Anthropic.Models.Messages.Model>|};
            using Map = System.Collections.Generic.Dictionary<string, [|OpenAI.Chat.ChatClient|]>;
            using static Anthropic.Core.ApiEnum<string, Anthropic.Models.Messages.Model>;

            class Service
            {
                private Enum? _model;
                private Map _map = new Map();
                private Map Copy() => new();
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ApiEnumMessage));

        [Fact]
        public Task ObjectAndArrayCreationThroughAnAliasAreReportedOnTheDirectiveOnly() => Verifier.AnalyzerAsync(
            """
            using Chat = {|#0:OpenAI.Chat.ChatClient|};

            class Service
            {
                public object Create() => new Chat("model", "key");
                public object Many() => new Chat[1];
                public bool Test(object o) => o is Chat;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage));

        [Fact]
        public Task GlobalQualifiedNamesInExpressions() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                public object Use(object o)
                {
                    var a = ([|global::OpenAI.Chat.ChatClient|])o;
                    var b = o as [|global::OpenAI.Chat.ChatClient|];
                    var c = o is [|global::OpenAI.Chat.ChatCompletion|];
                    var d = nameof([|global::OpenAI.Chat.ChatClient|]);
                    var e = new [|global::Anthropic.AnthropicClient|]();
                    var f = o switch { [|global::OpenAI.Chat.ChatMessage|] => 1, _ => 0 };
                    return global::OpenAI.Chat.ChatMessage.{|#0:CreateUserMessage|}("hi");
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatMessage.CreateUserMessage' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task NameofOfQualifiedTypesAndInAttributes() => Verifier.AnalyzerAsync(
            """
            using System;

            [Obsolete(nameof([|Anthropic.AnthropicClient|]))]
            class Service
            {
                public string Names() =>
                    nameof([|OpenAI.Chat.ChatClient|])
                    + nameof(OpenAI.Chat)
                    + $"{nameof([|OpenAI.Chat.ChatCompletion|])}";
            }
            """);

        [Fact]
        public Task AttributeArgumentsAndGenericAttributes() => Verifier.AnalyzerAsync(
            """
            using System;
            using OpenAI.Chat;

            [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
            class TypedAttribute : Attribute
            {
                public TypedAttribute(Type type) { }
                public Type? Other { get; set; }
            }

            [AttributeUsage(AttributeTargets.All)]
            class GenericAttribute<T> : Attribute { }

            [Typed(typeof([|ChatClient|]), Other = typeof([|ChatCompletion|][]))]
            [Generic<[|ChatClient|]>]
            class Service
            {
                [return: Typed(typeof([|OpenAI.Chat.ChatMessage|]))]
                public object? Get() => null;
            }
            """);

        [Fact]
        public Task UnsafeSizeofStackallocPointersAndFunctionPointers() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            unsafe class Service
            {
                private delegate*<[|ChatClient|], void> _callback;
                private delegate*<ref [|ChatClient|], [|ChatMessageRole|]> _byRef;

                public int Use([|ChatMessageRole|]* roles, [|ChatMessageRole|][] array)
                {
                    fixed ([|ChatMessageRole|]* pinned = array) { }
                    [|ChatMessageRole|]* buffer = stackalloc [|ChatMessageRole|][2];
                    System.Span<[|ChatMessageRole|]> span = stackalloc [|ChatMessageRole|][] { default };
                    return sizeof([|ChatMessageRole|]) + span.Length;
                }
            }
            """);

        [Fact]
        public Task QueryRangeVariableTypes() => Verifier.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using System.Linq;
            using OpenAI.Chat;

            class Service
            {
                public object Query(IEnumerable<object> items, IEnumerable<object> others) =>
                    from [|ChatClient|] c in items
                    from [|OpenAI.Chat.ChatCompletion|] d in others
                    join [|ChatMessage|] m in others on (object)c equals (object)m
                    select c;
            }
            """);

        [Fact]
        public Task DeconstructionAndOutArgumentsIntoTypedVariables() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                public void Use(([|ChatClient|], int)[] pairs)
                {
                    foreach (([|ChatClient|] a, int b) in pairs) { }
                    foreach (var (a, b) in pairs) { }
                    ([|ChatClient|] c, int d) = pairs[0];
                    var (e, f) = pairs[0];
                    for (([|ChatClient|] g, int h) = pairs[0]; h < 0; h++) { }
                    Take(out [|ChatClient|] i, out [|OpenAI.Chat.ChatCompletion|] j);
                    Take(out var k, out _);
                }

                private static void Take(out [|ChatClient|] client, out [|ChatCompletion|] completion) => (client, completion) = (null!, null!);
            }
            """);

        [Fact]
        public Task NegatedCombinedArrayListPropertyAndPositionalPatterns() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Holder { public object? Client { get; set; } }

            class Service
            {
                public int Test(object o, object[] all, Holder h, (object, object) pair)
                {
                    if (o is not [|ChatClient|]) { return 0; }
                    if (o is [|ChatClient|] or [|ChatCompletion|]) { return 1; }
                    if (o is [|ChatClient|] and not null) { return 2; }
                    if (o is [|ChatClient|][]) { return 3; }
                    if (all is [[|ChatClient|], [|ChatCompletion|] first, ..]) { return 4; }
                    if (h is { Client: [|ChatClient|] }) { return 5; }
                    if (pair is ([|ChatClient|], [|OpenAI.Chat.ChatMessage|] m)) { return 6; }
                    if (o is System.Collections.Generic.List<[|ChatClient|]> list) { return 7; }
                    return 8;
                }
            }
            """);

        // `o is (ChatClient)` parses as a constant pattern over a parenthesized expression, which the binder reads as a type.
        [Fact]
        public Task ParenthesizedTypePatterns() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Models.Messages;
            using OpenAI.Chat;

            class Holder { public object? Client { get; set; } }

            class Service
            {
                // Vendor type names used as constants: in parentheses in a pattern they stay values.
                private const int Content = 1;
                private const string Model = "m";

                public int Test(object o, object[] all, Holder h, (object, object) pair)
                {
                    if (o is ([|ChatClient|])) { return 0; }
                    if (o is (([|ChatClient|]))) { return 1; }
                    if (o is not ([|ChatClient|])) { return 2; }
                    if (o is ([|OpenAI.Chat.ChatCompletion|])) { return 3; }
                    if (o is ([|global::OpenAI.Chat.ChatMessage|])) { return 4; }
                    if (o is ([|ChatClient|]) or ([|ChatCompletion|])) { return 5; }
                    if (pair is (([|ChatClient|]), [|ChatCompletion|] c)) { return 6; }
                    if (all is [([|ChatClient|]), ..]) { return 7; }
                    if (h is { Client: ([|ChatClient|]) }) { return 8; }
                    if (h.Client is (Content) or ((Model))) { return 9; }
                    return 10;
                }
            }
            """);

        [Fact]
        public Task ParenthesizedTypesInSwitchArmsAndCaseLabels() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                public int Test(object o, (object, object) pair)
                {
                    switch (o)
                    {
                        case ([|ChatClient|]):
                            return 0;
                        case (([|ChatCompletion|])):
                            return 1;
                        case ([|ChatMessage|]) and not null:
                            return 2;
                    }

                    switch (pair)
                    {
                        case ([|ChatClient|], [|ChatCompletion|]):
                            return 3;
                        case (([|ChatMessage|]), _):
                            return 4;
                    }

                    return o switch
                    {
                        ([|ChatClient|]) => 5,
                        ([|OpenAI.Chat.ChatCompletion|]) or ([|ChatMessageRole|]) => 6,
                        not ([|ChatMessage|]) => 7,
                        _ => 8,
                    };
                }
            }
            """);

        [Fact]
        public Task SwitchExpressionTypePatternsWithGenericAndQualifiedTypes() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Core;
            using Anthropic.Models.Messages;
            using OpenAI.Chat;

            class Service
            {
                public int Kind(object o) => o switch
                {
                    [|ChatClient|] => 1,
                    [|ChatCompletion|] completion when completion is not null => 2,
                    [|OpenAI.Chat.ChatMessage|] => 3,
                    [|Anthropic.Core.ApiEnum<string, Model>|] e when e.GetHashCode() == 0 => 4,
                    {|#0:ApiEnum<string, Model>|} => 5,
                    _ => 0,
                };

                public int Case(object o)
                {
                    switch (o)
                    {
                        case [|ApiEnum<string, Model>|]:
                            return 1;
                        case [|OpenAI.Chat.ChatMessageRole|] role when role == ChatMessageRole.{|#1:User|}:
                            return 2;
                    }

                    return 0;
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ApiEnumMessage),
            Verifier.Diagnostic("LOCK001").At(1));

        [Fact]
        public Task DefaultCastsCheckedUncheckedAndInterpolations() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                public string Use(object o, int n)
                {
                    var a = default([|ChatClient|]);
                    var b = checked(([|ChatMessageRole|])n);
                    var c = unchecked(([|ChatMessageRole|])n);
                    var d = ([|ChatClient|])(object)([|ChatCompletion|])o;
                    object e = (([|ChatClient|])null!, ([|ChatCompletion|]?)null);
                    var f = new { Client = ([|ChatClient|])o };
                    return $"{([|ChatClient|])o} {nameof([|ChatClient|])} {o as [|ChatCompletion|]} {default([|ChatMessageRole|])}";
                }
            }
            """);

        [Fact]
        public Task ArrayCreations() => Verifier.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Service
            {
                public object[] Use(object o) => new object[]
                {
                    new [|ChatClient|][1],
                    new [|ChatClient|][1][],
                    new [|ChatClient|][] { },
                    new[] { ([|ChatClient|])o },
                    new List<[|ChatClient|]>[2],
                    new [|OpenAI.Chat.ChatCompletion|][0],
                };
            }
            """);

        [Fact]
        public Task ConditionalExpressionsWithTypeTests() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                public object? Use(object o, [|ChatClient|] fallback)
                {
                    var a = o is [|ChatClient|] ? 1 : 2;
                    var b = o is [|ChatClient|] c ? c : fallback;
                    var d = (o as [|ChatClient|]) ?? fallback;
                    var e = o is ([|ChatClient|]) ? 3 : 4;
                    return o is [|ChatCompletion|][] ? (object)a : b ?? d;
                }
            }
            """);

        [Fact]
        public Task CatchDeclarationsAndFilters() => Verifier.AnalyzerAsync(
            """
            using System;
            using Anthropic.Exceptions;

            class Service
            {
                public void Use(Action action)
                {
                    try { action(); }
                    catch ([|AnthropicRateLimitException|]) when (action.Target is [|AnthropicApiException|]) { }
                    catch ([|AnthropicApiException|] e) { }
                    catch ([|Anthropic.Exceptions.AnthropicException|]) { }
                    catch (Exception e) when (e is [|AnthropicIOException|] or [|AnthropicInvalidDataException|]) { }
                }
            }
            """);

        [Fact]
        public Task NamespaceAliasQualifiedNames() => Verifier.AnalyzerAsync(
            """
            using Chat = OpenAI.Chat;

            class Service
            {
                private [|Chat::ChatClient|]? _client;
                private [|Chat.ChatCompletion|]? _completion;

                public object Use(object o) => o is ([|Chat::ChatClient|]) ? nameof([|Chat.ChatClient|]) : typeof([|Chat.ChatMessage|]);
            }
            """);

        [Fact]
        public Task TopLevelStatements()
        {
            var test = Verifier.Test(
                """
                using OpenAI.Chat;

                object o = args;
                [|ChatClient|]? client = o as [|ChatClient|];
                if (o is ([|ChatCompletion|])) { }
                foreach ([|ChatMessage|] message in new object[0]) { }
                System.Console.WriteLine(Describe(client));

                static string Describe([|ChatClient|]? c) => nameof([|ChatClient|]);
                """);
            test.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            return test.RunAsync();
        }

        [Fact]
        public Task TypedReferenceOperatorsNameTypesToo() => Verifier.AnalyzerAsync(
            """
            using System;
            using OpenAI.Chat;

            class Service
            {
                public object Use(object o)
                {
                    TypedReference reference = __makeref(o);
                    return __refvalue(reference, object) is [|ChatClient|] ? 1 : 0;
                }

                public [|ChatClient|] Cast([|ChatClient|] c)
                {
                    TypedReference reference = __makeref(c);
                    return __refvalue(reference, [|ChatClient|]);
                }
            }
            """);
    }
}
