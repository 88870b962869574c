// SPDX-License-Identifier: GPL-3.0-or-later
// The one wording of why a file could not be read or written. QFile::errorString() and
// strerror() are worded in the language of the moment (Qt's and the C library's catalogues),
// so results keep a FileProblem instead: the JSON carries its stable ID, and the CLI, the
// wizard and the report word it when shown, in the reader's language.
// tests/core/tst_fileerrors proves every problem has a complete row and every
// QFileDevice::FileError a problem.
#pragma once

#include "core/phrase.h"

#include <QFileDevice>
#include <QString>

namespace od {

enum class FileProblem {
    // Found out from the path when opening failed (QFile says only OpenError).
    NotFound,
    PermissionDenied,
    IsAFolder,        // a folder where a file is expected
    PathNotAFolder,   // a part of the path is a file, not a folder
    // From the C library's errno where we call the system ourselves.
    NoSpace,
    ReadOnlyFileSystem,
    TooManyOpenFiles,
    // One per QFileDevice::FileError.
    OpenFailed,
    ReadFailed,
    WriteFailed,
    Fatal,
    OutOfResources,
    Aborted,
    TimedOut,
    RemoveFailed,
    RenameFailed,
    PositionFailed,
    ResizeFailed,
    PermissionsNotSet,
    CopyFailed,
    Unknown,
};

struct FileProblemInfo
{
    const char *id = "";   // stable, in the JSON
    const char *text = ""; // a clause for the user, under the context "od::Files"
};

FileProblemInfo fileProblemInfo(FileProblem problem);
QString fileProblemId(FileProblem problem);
// The problem's wording, carrying its ID (Phrase::id) into the JSON.
Phrase fileProblemPhrase(FileProblem problem);

// The problem of a QFileDevice::FileError as such.
FileProblem fileProblemOf(QFileDevice::FileError error);
// Why `file` could not be opened: what the path shows (missing, a folder, a part of the path
// that is a file, no permission for `mode`), else its error().
FileProblem openProblem(const QFileDevice &file, QIODevice::OpenMode mode);
// The problem of a C library error number (errno), for calls made without QFile.
FileProblem errnoProblem(int error);

} // namespace od
