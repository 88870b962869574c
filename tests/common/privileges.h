// SPDX-License-Identifier: GPL-3.0-or-later
// Whether the tests run as root (as CI does): then file permissions stop neither reading nor
// writing, so the tests that rely on them skip those rows.
#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace odtest {

inline bool runsAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace odtest
