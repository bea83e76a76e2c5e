"""The provider's Secret: a Kubernetes secret exposed to the pod as environment variables or a volume."""


class Secret:
    def __init__(self, deploy_type, deploy_target, secret, key=None, items=None):
        if deploy_type not in ("env", "volume"):
            raise ValueError("deploy_type must be env or volume")
        if deploy_type == "volume" and not deploy_target:
            raise ValueError("a volume secret needs deploy_target, the mount path")
        if deploy_type == "env" and key is not None and not deploy_target:
            raise ValueError("an env secret with a key needs deploy_target, the variable name")
        if items is not None and deploy_type != "volume":
            raise ValueError("items only apply to a volume secret")
        self.deploy_type = deploy_type
        self.deploy_target = deploy_target
        self.secret = secret
        self.key = key
        self.items = items

    def to_dict(self):
        return {k: v for k, v in vars(self).items() if v is not None}
