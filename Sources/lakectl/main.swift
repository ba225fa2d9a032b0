import LakeCLI

await LakeCommand.start()
