import LakeCLI

AllocatorTuning.apply()
await LakeCommand.run()
