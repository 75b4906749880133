import EarlyScreen

/// The built-in files, for `check` with no paths.
enum ShippedFilesAccess {
    static var files: [(path: String, text: String)] { Engine.shippedFiles }
}
