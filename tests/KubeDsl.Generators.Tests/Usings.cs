global using Xunit;

[assembly: KubeDsl.CommonLabel("app.kubernetes.io/managed-by", "kubedsl-tests")]
[assembly: KubeDsl.DefaultNamespace("tests")]
