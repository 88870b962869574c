// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountscanjob.h"

#include <QThread>

namespace od {

AccountScanJob::AccountScanJob(const AccountScanner &scanner, QObject *parent)
    : AccountScanJob([scanner](const Progress &progress) { return scanner.scan(progress); }, parent)
{
}

AccountScanJob::AccountScanJob(ScanFunction scan, QObject *parent)
    : QObject(parent)
    , m_scan(std::move(scan))
{
}

AccountScanJob::~AccountScanJob()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AccountScanJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        ReadResult r = m_scan ? m_scan([this](int done, int total) {
            // Delivered in the job's thread; dropped if the job is gone by then.
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); },
                                      Qt::QueuedConnection);
            return !m_cancel.load();
        }) : ReadResult();
        QMetaObject::invokeMethod(this, [this, r = std::move(r)] {
            m_result = r;
            m_running = false;
            m_finished = true;
            emit finished(m_result);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("account scan"));
    m_thread->start();
}

void AccountScanJob::cancel()
{
    m_cancel = true;
}

} // namespace od
