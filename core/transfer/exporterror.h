#pragma once

#include <QCoreApplication>
#include <QString>

namespace Springdesk::Transfer {

// Why an export did not produce its file, as data. `message` is translated and names the file;
// an export that failed leaves no file behind (and an existing file untouched).
struct ExportError
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::ExportError)

public:
    enum class Kind
    {
        None,
        DiskFull,
        PermissionDenied,
        NotWritable, // the folder does not exist, is read-only, or the path is not a file
        Source, // the data could not be read (the cache)
        Format, // the table cannot be written in this format (e.g. several sheets as CSV)
        Cancelled,
        Other,
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static ExportError make(Kind kind, QString message) { return {kind, std::move(message)}; }
    // An error writing `path` from errno (ENOSPC, EACCES, EROFS, ENOENT…); `detail` is the
    // system's or library's text, appended for the cases without a kind of their own.
    static ExportError fromErrno(int error, const QString &path, const QString &detail = {});
    static ExportError cancelled();
};

} // namespace Springdesk::Transfer
