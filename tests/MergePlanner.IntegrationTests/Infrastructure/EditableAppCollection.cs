using MergePlanner.TestSupport;

namespace MergePlanner.IntegrationTests.Infrastructure;

/// <summary>A second seeded app for tests that change the structure, so the shared one stays as seeded.</summary>
public sealed class EditableAppFactory : MergePlannerFactory;

[CollectionDefinition(Name)]
public sealed class EditableAppCollection : ICollectionFixture<EditableAppFactory>
{
    public const string Name = "Editable app";
}
