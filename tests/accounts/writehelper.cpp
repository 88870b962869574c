// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for tst_accountwriter:
//   writehelper write <file> <megabytes> <fill-char>   atomically writes a large file (killed mid-way by the test)
//   writehelper holdlock <file>                        holds a POSIX write lock like Thunderbird's .parentlock
//   writehelper append <file> <count>                  appends "# appended <i>" lines, each with its own
//                                                      open/append/close, like a shell's >>
#include "accounts/accountwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("write")) {
        const qsizetype size = args.at(3).toLongLong() * 1024 * 1024;
        const QByteArray data(size, args.at(4).at(0).toLatin1());
        std::puts("start");
        std::fflush(stdout);
        od::Phrase error;
        if (!od::AccountWriter::writeFileAtomically(args.at(2), data, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.text()));
            return 1;
        }
        std::puts("done");
        return 0;
    }
#ifdef Q_OS_UNIX
    if (args.size() >= 3 && args.at(1) == QLatin1String("holdlock")) {
        const int fd = ::open(QFile::encodeName(args.at(2)).constData(), O_RDWR | O_CREAT, 0644);
        struct flock fl = {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        if (fd < 0 || ::fcntl(fd, F_SETLK, &fl) != 0)
            return 1;
        std::puts("locked");
        std::fflush(stdout);
        QThread::sleep(30);
        return 0;
    }
    if (args.size() >= 4 && args.at(1) == QLatin1String("append")) {
        const int count = args.at(3).toInt();
        const QByteArray path = QFile::encodeName(args.at(2));
        std::puts("start");
        std::fflush(stdout);
        for (int i = 0; i < count; ++i) {
            const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
            if (fd < 0)
                return 1;
            const QByteArray line = "# appended " + QByteArray::number(i) + '\n';
            if (::write(fd, line.constData(), size_t(line.size())) != ssize_t(line.size()))
                return 1;
            ::close(fd);
            ::usleep(100);
        }
        return 0;
    }
#endif
    return 2;
}
