// The Barman Cloud plugin's ObjectStore (barmancloud.cnpg.io/v1), which no models package covers: the fields its
// API reference requires, checked the way the generated models check theirs (validate() throws, naming the field).
export class ObjectStore {
  constructor(object) {
    this.object = object;
  }

  validate() {
    const spec = this.object.spec;
    const configuration = spec?.configuration;
    if (!configuration || typeof configuration !== "object") throw new Error("spec.configuration is required");
    if (typeof configuration.destinationPath !== "string" || !configuration.destinationPath) {
      throw new Error("spec.configuration.destinationPath must be a string");
    }
    const credentials = ["s3Credentials", "azureCredentials", "googleCredentials"].filter((c) => configuration[c]);
    if (credentials.length !== 1) throw new Error("spec.configuration needs exactly one of s3Credentials, azureCredentials, googleCredentials");
    for (const [name, ref] of Object.entries(configuration.s3Credentials ?? {})) {
      if (name === "inheritFromIAMRole" || name === "region") continue;
      if (typeof ref?.name !== "string" || typeof ref?.key !== "string") throw new Error(`spec.configuration.s3Credentials.${name} must name a secret and key`);
    }
    if (spec.retentionPolicy !== undefined && !/^[1-9][0-9]*[dwm]$/.test(spec.retentionPolicy)) {
      throw new Error("spec.retentionPolicy must be like 30d, 4w or 1m");
    }
  }
}
