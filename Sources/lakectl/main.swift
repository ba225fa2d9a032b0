import LakeCLI

await LakeCommand.main()
