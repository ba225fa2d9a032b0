import LakeCLI

await LakeCommand.run()
