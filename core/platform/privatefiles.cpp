#include "core/platform/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Springdesk::Platform {

bool PrivateFiles::ensureFolder(const QString &folder, bool tightenExisting, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    QString path = absolute;
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &p : std::as_const(missing)) {
        // mkdir's mode is reduced by the umask, never widened; setPermissions makes it exact.
        if (!QDir().mkdir(p, FolderPermissions) && !QFileInfo(p).isDir()) {
            if (error)
                *error = tr("Cannot create the folder %1.").arg(p);
            return false;
        }
        QFile::setPermissions(p, FolderPermissions);
    }
    if (tightenExisting && missing.isEmpty() && QFileInfo(absolute).isDir()) {
        if (!QFile::setPermissions(absolute, FolderPermissions)) {
            if (error)
                *error = tr("Cannot make the folder %1 private.").arg(absolute);
            return false;
        }
    }
    return true;
}

bool PrivateFiles::ensureFile(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // NewOnly: never truncate a file that appeared meanwhile (another process creating it).
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FilePermissions) && !QFileInfo::exists(path)) {
            if (error)
                *error = tr("Cannot create the file %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    if (!QFile::setPermissions(path, FilePermissions)) {
        if (error)
            *error = tr("Cannot make the file %1 private.").arg(path);
        return false;
    }
    return true;
}

bool PrivateFiles::tightenIfExists(const QString &path)
{
    return !QFileInfo::exists(path) || QFile::setPermissions(path, FilePermissions);
}

bool PrivateFiles::open(QFile &file, QIODevice::OpenMode mode, QString *error)
{
    if (!file.open(mode, FilePermissions)) {
        if (error)
            *error = tr("Cannot open the file %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    if (!file.setPermissions(FilePermissions)) {
        if (error)
            *error = tr("Cannot make the file %1 private.").arg(file.fileName());
        file.close();
        return false;
    }
    return true;
}

} // namespace Springdesk::Platform
