using KubeDsl;

// Objects the samples use that the cluster already has. The Flink operator's Helm chart creates the job service
// account "flink" (jobServiceAccount in its values.yaml) with the role the JobManager needs.
[assembly: ExternalServiceAccount("flink")]

// cert-manager writes this secret from the Certificate "basic-secure-cert" in flink-tls-example/pre-install.yaml.
[assembly: ExternalSecret("basic-secure-cert")]
