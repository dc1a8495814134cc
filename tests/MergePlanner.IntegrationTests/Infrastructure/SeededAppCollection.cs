using MergePlanner.TestSupport;

namespace MergePlanner.IntegrationTests.Infrastructure;

/// <summary>One seeded app (seeding takes seconds) shared by the test classes that read it.</summary>
[CollectionDefinition(Name)]
public sealed class SeededAppCollection : ICollectionFixture<MergePlannerFactory>
{
    public const string Name = "Seeded app";
}
