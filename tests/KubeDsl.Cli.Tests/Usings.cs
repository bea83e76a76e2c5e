global using Xunit;

// The command reads the process's current folder, which the tests set; they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
