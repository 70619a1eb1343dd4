// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QWebSocket>

namespace inbox::test {

/// A desktop on /stream: says hello, then keeps every frame it gets.
class StreamProbe : public QObject
{
public:
    /// `cursor` as the hello carries it: a sequence number, or any JSON value a client might send;
    /// `headless`: says hello as the headless runner.
    StreamProbe(quint16 port, const QString &token, const QJsonValue &cursor, bool headless = false)
    {
        connect(&socket, &QWebSocket::connected, this, [this, token, cursor, headless] {
            QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                              {QStringLiteral("token"), token},
                              {QStringLiteral("cursor"), cursor}};
            if (headless)
                hello.insert(QStringLiteral("headless"), true);
            socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        });
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(port)));
    }

    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> list;
        for (const QJsonObject &frame : frames) {
            if (frame.value(QStringLiteral("type")).toString() == type)
                list.append(frame);
        }
        return list;
    }
    QList<qint64> seqs() const
    {
        QList<qint64> list;
        for (const QJsonObject &event : ofType(QStringLiteral("event")))
            list.append(event.value(QStringLiteral("seq")).toInteger());
        return list;
    }
    void publish(const QString &clientId, const QJsonObject &event)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("publish")},
                                      {QStringLiteral("clientId"), clientId},
                                      {QStringLiteral("event"), event}})
                .toJson(QJsonDocument::Compact)));
    }

    QWebSocket socket;
    QList<QJsonObject> frames;
    bool closed = false;
};

} // namespace inbox::test
