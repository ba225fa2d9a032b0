extension CredentialChain {
    /// The chain in botocore's order (AWS-NOTES B8), which is what AWS CLI users expect from lakectl:
    /// 1. environment variables — left out when the profile was chosen with `--profile` (botocore drops them
    ///    for an explicitly passed profile, web identity variables included; with only AWS_PROFILE set, env
    ///    keys still win);
    /// 2. assume role (`role_arn` + `source_profile` / `credential_source`);
    /// 3. web identity (env or profile); 4. SSO (reported as unsupported);
    /// 5. credentials-file keys; 6. `credential_process`; 7. config-file keys;
    /// 8. container endpoint; 9. instance metadata (IMDSv2).
    /// Build the context's `config` with `SharedConfigLoader` and check the selection with
    /// `SharedConfig.profile(for:)` first, so an explicitly named but missing profile is reported.
    package static func standard(selection: ProfileSelection, context: CredentialContext) -> CredentialChain {
        let profile = context.config.profile(named: selection.name)
        let explicit = selection.source == .flag
        var providers: [any CredentialProvider] = []
        if !explicit {
            providers.append(EnvironmentCredentialProvider(environment: context.environment))
        }
        providers.append(AssumeRoleCredentialProvider(profileName: selection.name, context: context))
        providers.append(
            WebIdentityCredentialProvider(
                environment: explicit ? context.environment.filter { $0.key == "HOME" } : context.environment,
                profile: profile, reader: context.reader, sts: context.sts,
                region: context.region, now: context.now))
        providers.append(SSOCredentialProvider(profile: profile))
        providers.append(
            ProfileCredentialProvider(profileName: selection.name, config: context.config, file: .credentials))
        providers.append(
            ProcessCredentialProvider(
                profile: profile, runner: context.commandRunner, timeoutSeconds: context.processTimeoutSeconds))
        providers.append(ProfileCredentialProvider(profileName: selection.name, config: context.config, file: .config))
        providers.append(
            ContainerCredentialProvider(
                environment: context.environment, reader: context.reader, transport: context.transport))
        providers.append(
            IMDSCredentialProvider(environment: context.environment, profile: profile, transport: context.transport))
        return CredentialChain(providers: providers, profileName: selection.name)
    }
}

extension CredentialChain {
    /// The standard chain for a resolved start-up configuration, wrapped in the refreshing cache: what the
    /// AWS client holds. `sts` is the STS-backed fetcher; the region for STS calls is the resolved region.
    package static func cachedStandard(
        for resolved: ResolvedConfig, transport: any HTTPTransport, sts: any STSCredentialFetcher,
        reader: FileReader = .disk
    ) -> CachedCredentialProvider {
        let context = CredentialContext(
            environment: resolved.environment, config: resolved.config, reader: reader, transport: transport, sts: sts,
            region: resolved.region?.value)
        return CachedCredentialProvider(standard(selection: resolved.selection, context: context))
    }
}
