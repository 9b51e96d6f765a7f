#include "core/transfer/exporterror.h"

#include <QDir>

#include <cerrno>

namespace Springdesk::Transfer {

ExportError ExportError::fromErrno(int error, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return make(Kind::DiskFull, tr("The disk is full: %1 could not be written.").arg(file));
    case EACCES:
    case EPERM:
        return make(Kind::PermissionDenied, tr("Permission denied: you may not write %1.").arg(file));
    case EROFS:
        return make(Kind::NotWritable, tr("%1 is on a read-only disk.").arg(file));
    case ENOENT:
    case ENOTDIR:
        return make(Kind::NotWritable, tr("The folder of %1 does not exist.").arg(file));
    case EISDIR:
        return make(Kind::NotWritable, tr("%1 is a folder, not a file.").arg(file));
    default:
        break;
    }
    return make(Kind::Other,
        detail.isEmpty() ? tr("%1 could not be written.").arg(file)
                         : tr("%1 could not be written: %2").arg(file, detail));
}

ExportError ExportError::cancelled()
{
    return make(Kind::Cancelled, tr("The export was cancelled; no file was written."));
}

} // namespace Springdesk::Transfer
