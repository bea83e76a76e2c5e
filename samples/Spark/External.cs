using KubeDsl;

// Objects the samples use that the cluster already has. The Spark operator's Helm chart creates the driver service
// account (spark.serviceAccount.create: true, named <release>-spark; "spark-operator-spark" for the release name
// the operator's docs use) with the role a driver needs, in each job namespace.
[assembly: ExternalServiceAccount("spark-operator-spark")]
