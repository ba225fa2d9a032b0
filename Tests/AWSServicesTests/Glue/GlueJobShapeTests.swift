import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// The wire shapes of the job and crawler operations (API_Job, API_JobRun, API_Crawler).
@Suite struct GlueJobShapeTests {
    @Test func aJobRunDecodesGluesFieldNames() throws {
        let json = """
            {"Id": "jr_1", "JobName": "j", "JobRunState": "FAILED", "StartedOn": 1733385600.5,
             "ExecutionTime": 42, "ErrorMessage": "Exception: boom", "DPUSeconds": 84.0,
             "Arguments": {"--day": "1"}}
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let run = try decoder.decode(GlueJobRun.self, from: Data(json.utf8))
        #expect(run.id == "jr_1" && run.state == "FAILED" && run.isFinished)
        #expect(run.executionTime == 42 && run.dpuSeconds == 84)
        #expect(run.errorMessage == "Exception: boom")
        #expect(run.arguments == ["--day": "1"])
    }

    @Test(arguments: ["STARTING", "RUNNING", "STOPPING", "WAITING"])
    func activeStatesAreNotFinished(state: String) {
        #expect(!GlueJobRun(id: "jr", state: state).isFinished)
    }

    @Test func aJobEncodesOnlyTheFieldsItHas() throws {
        let job = GlueJob(
            name: "j", role: "r", command: GlueJobCommand(name: "glueetl", scriptLocation: "s3://b/j.py"),
            numberOfWorkers: 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(job), as: UTF8.self)
        #expect(
            text
                == #"{"Command":{"Name":"glueetl","ScriptLocation":"s3:\/\/b\/j.py"},"Name":"j","NumberOfWorkers":2,"Role":"r"}"#
        )
    }

    @Test func aCrawlerDecodesItsLastCrawl() throws {
        let json = """
            {"Name": "c", "State": "READY", "DatabaseName": "d",
             "Targets": {"S3Targets": [{"Path": "s3://b/raw/"}]},
             "LastCrawl": {"Status": "FAILED", "ErrorMessage": "no files"}}
            """
        let crawler = try JSONDecoder().decode(GlueCrawler.self, from: Data(json.utf8))
        #expect(!crawler.isBusy)
        #expect(crawler.lastCrawl?.errorMessage == "no files")
        #expect(crawler.targets?.s3Targets?.map(\.path) == ["s3://b/raw/"])
    }
}
