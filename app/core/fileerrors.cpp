// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace od {

FileProblemInfo fileProblemInfo(FileProblem problem)
{
    // Each text is a reason given in parentheses after a file name: "%1 cannot be read (%2)."
    switch (problem) {
    case FileProblem::NotFound:
        return {"not-found", QT_TRANSLATE_NOOP("od::Files", "no such file or folder")};
    case FileProblem::PermissionDenied:
        return {"permission-denied", QT_TRANSLATE_NOOP("od::Files", "permission denied")};
    case FileProblem::IsAFolder:
        return {"is-a-folder", QT_TRANSLATE_NOOP("od::Files", "it is a folder, not a file")};
    case FileProblem::PathNotAFolder:
        return {"path-not-a-folder", QT_TRANSLATE_NOOP("od::Files", "a part of its path is a file, not a folder")};
    case FileProblem::NoSpace:
        return {"no-space", QT_TRANSLATE_NOOP("od::Files", "the disk is full")};
    case FileProblem::ReadOnlyFileSystem:
        return {"read-only-file-system", QT_TRANSLATE_NOOP("od::Files", "the disk can only be read")};
    case FileProblem::TooManyOpenFiles:
        return {"too-many-open-files", QT_TRANSLATE_NOOP("od::Files", "too many files are open")};
    case FileProblem::OpenFailed:
        return {"open-error", QT_TRANSLATE_NOOP("od::Files", "it could not be opened")};
    case FileProblem::ReadFailed:
        return {"read-error", QT_TRANSLATE_NOOP("od::Files", "reading it failed")};
    case FileProblem::WriteFailed:
        return {"write-error", QT_TRANSLATE_NOOP("od::Files", "writing it failed")};
    case FileProblem::Fatal:
        return {"fatal-error", QT_TRANSLATE_NOOP("od::Files", "a fatal error occurred")};
    case FileProblem::OutOfResources:
        return {"out-of-resources", QT_TRANSLATE_NOOP("od::Files", "the system ran out of resources (such as disk space or open files)")};
    case FileProblem::Aborted:
        return {"aborted", QT_TRANSLATE_NOOP("od::Files", "the operation was stopped")};
    case FileProblem::TimedOut:
        return {"timeout", QT_TRANSLATE_NOOP("od::Files", "the operation took too long")};
    case FileProblem::RemoveFailed:
        return {"remove-error", QT_TRANSLATE_NOOP("od::Files", "it could not be removed")};
    case FileProblem::RenameFailed:
        return {"rename-error", QT_TRANSLATE_NOOP("od::Files", "it could not be renamed")};
    case FileProblem::PositionFailed:
        return {"position-error", QT_TRANSLATE_NOOP("od::Files", "moving to a position in it failed")};
    case FileProblem::ResizeFailed:
        return {"resize-error", QT_TRANSLATE_NOOP("od::Files", "its size could not be changed")};
    case FileProblem::PermissionsNotSet:
        return {"permissions-error", QT_TRANSLATE_NOOP("od::Files", "its permissions could not be changed")};
    case FileProblem::CopyFailed:
        return {"copy-error", QT_TRANSLATE_NOOP("od::Files", "it could not be copied")};
    case FileProblem::Unknown:
        return {"unknown", QT_TRANSLATE_NOOP("od::Files", "an unknown error occurred")};
    }
    return fileProblemInfo(FileProblem::Unknown);
}

QString fileProblemId(FileProblem problem)
{
    return QString::fromLatin1(fileProblemInfo(problem).id);
}

Phrase fileProblemPhrase(FileProblem problem)
{
    const FileProblemInfo info = fileProblemInfo(problem);
    Phrase p("od::Files", info.text);
    p.id = info.id;
    return p;
}

FileProblem fileProblemOf(QFileDevice::FileError error)
{
    switch (error) {
    case QFileDevice::NoError:
    case QFileDevice::UnspecifiedError:
        return FileProblem::Unknown;
    case QFileDevice::ReadError:
        return FileProblem::ReadFailed;
    case QFileDevice::WriteError:
        return FileProblem::WriteFailed;
    case QFileDevice::FatalError:
        return FileProblem::Fatal;
    case QFileDevice::ResourceError:
        return FileProblem::OutOfResources;
    case QFileDevice::OpenError:
        return FileProblem::OpenFailed;
    case QFileDevice::AbortError:
        return FileProblem::Aborted;
    case QFileDevice::TimeOutError:
        return FileProblem::TimedOut;
    case QFileDevice::RemoveError:
        return FileProblem::RemoveFailed;
    case QFileDevice::RenameError:
        return FileProblem::RenameFailed;
    case QFileDevice::PositionError:
        return FileProblem::PositionFailed;
    case QFileDevice::ResizeError:
        return FileProblem::ResizeFailed;
    case QFileDevice::PermissionsError:
        return FileProblem::PermissionsNotSet;
    case QFileDevice::CopyError:
        return FileProblem::CopyFailed;
    }
    return FileProblem::Unknown;
}

FileProblem openProblem(const QFileDevice &file, QIODevice::OpenMode mode)
{
    // QFile reports a failed open as OpenError whatever the reason (the system's reason is only
    // in its worded errorString()), so the path is looked at again.
    const QFileInfo fi(file.fileName());
    if (fi.isDir())
        return FileProblem::IsAFolder;
    const QString folder = fi.absolutePath();
    if (!fi.exists()) {
        // The nearest part of the path that exists: a file there means the path runs through it.
        for (QString part = folder;; part = QFileInfo(part).absolutePath()) {
            const QFileInfo pi(part);
            if (pi.exists()) {
                if (!pi.isDir())
                    return FileProblem::PathNotAFolder;
                if (part != folder)
                    return FileProblem::NotFound;
                break;
            }
            if (pi.isRoot() || QDir(part).isRoot())
                return FileProblem::NotFound;
        }
        if (!(mode & QIODevice::WriteOnly))
            return FileProblem::NotFound;
    }
    if ((mode & QIODevice::ReadOnly) && fi.exists() && !fi.isReadable())
        return FileProblem::PermissionDenied;
    if (mode & QIODevice::WriteOnly) {
        // A new file, and QSaveFile's file beside the old one, need a writable folder.
        const bool needsFolder = !fi.exists() || qobject_cast<const QSaveFile *>(&file);
        if ((fi.exists() && !fi.isWritable()) || (needsFolder && !QFileInfo(folder).isWritable()))
            return FileProblem::PermissionDenied;
    }
    const FileProblem own = fileProblemOf(file.error());
    return own == FileProblem::Unknown ? FileProblem::OpenFailed : own;
}

FileProblem errnoProblem(int error)
{
    switch (error) {
    case ENOENT:
        return FileProblem::NotFound;
    case EACCES:
    case EPERM:
        return FileProblem::PermissionDenied;
    case EISDIR:
        return FileProblem::IsAFolder;
    case ENOTDIR:
        return FileProblem::PathNotAFolder;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return FileProblem::NoSpace;
    case EROFS:
        return FileProblem::ReadOnlyFileSystem;
    case EMFILE:
    case ENFILE:
        return FileProblem::TooManyOpenFiles;
    default:
        return FileProblem::Unknown;
    }
}

} // namespace od
