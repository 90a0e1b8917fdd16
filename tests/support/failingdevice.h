#pragma once

#include <QIODevice>

namespace rd::test {

// A device that accepts the first `capacity` bytes written to it and fails every write after, the
// way a disk fills up or a network share goes away in the middle of a save.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    { }

    const QByteArray &written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 room = m_capacity - m_written.size();
        if (room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 accepted = std::min(room, size);
        m_written.append(data, accepted);
        return accepted;
    }

private:
    qint64 m_capacity;
    QByteArray m_written;
};

} // namespace rd::test
