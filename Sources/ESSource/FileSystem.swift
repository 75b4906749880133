#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// The few file operations the engine needs, without Foundation (it costs start-up time).
package enum FileSystem {
    package static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    package static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    package enum ReadResult {
        case bytes([UInt8])
        /// Larger than the limit (the size from fstat, or limit + 1 when it grew while read).
        case tooLarge(Int)
        /// A FIFO, a device, a socket: never read (a FIFO could block for ever, /dev/zero never ends).
        case notRegular(String)
        case failed(String)
    }

    /// A regular file of at most `maxBytes`: checked with fstat before a byte is read, opened
    /// non-blocking so a FIFO cannot hang the open, and read no further than the limit.
    package static func read(_ path: String, maxBytes: Int) -> ReadResult {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: return .notRegular("a FIFO")
        case S_IFCHR, S_IFBLK: return .notRegular("a device")
        case S_IFSOCK: return .notRegular("a socket")
        case S_IFDIR: return .notRegular("a folder")
        default: return .notRegular("not a regular file")
        }
        if Int(st.st_size) > maxBytes { return .tooLarge(Int(st.st_size)) }
        var out = [UInt8](repeating: 0, count: Int(st.st_size) + 1)
        var total = 0
        while true {
            if total == out.count {
                if total > maxBytes { return .tooLarge(total) }
                out.append(contentsOf: [UInt8](repeating: 0, count: min(65536, maxBytes + 1 - total + 1)))
            }
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failed(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
        }
        if total > maxBytes { return .tooLarge(total) }
        out.removeSubrange(total...)
        return .bytes(out)
    }

    /// The whole file, or nil when it cannot be read.
    package static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, f) }
            if n > 0 { out.append(contentsOf: chunk[0..<n]) }
            if n < 65536 { break }
        }
        return ferror(f) == 0 ? out : nil
    }

    /// Names in a folder, sorted so loading order never depends on the file system.
    package static func list(_ path: String) -> [String] { (try? listing(path)) ?? [] }

    package struct FolderError: Error { public var reason: String }

    /// The same, with the reason a folder could not be read.
    package static func listing(_ path: String) throws(FolderError) -> [String] {
        guard let dir = opendir(path) else { throw FolderError(reason: String(cString: strerror(errno))) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Writes a temporary file beside `path`, flushes it to the disk, then renames it over: a
    /// crash, a power cut or a full disk leaves the old file whole, never half of the new one.
    /// `ownerOnly` creates it readable and writable by its owner alone (files with health data),
    /// whatever the umask.
    package static func writeAtomically(_ path: String, _ bytes: [UInt8], ownerOnly: Bool = false) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, ownerOnly ? 0o600 : 0o644)
        guard fd >= 0 else { return false }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        let flushed = done == bytes.count && fsync(fd) == 0
        guard close(fd) == 0, flushed, !ownerOnly || chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    package static func write(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard let f = fopen(path, "wb") else { return false }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, f) } == bytes.count
        return fclose(f) == 0 && written
    }
}
