// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbox {

/// Which WhatsApp provider an account, conversation or event is on, by the stable key the cache
/// stores and the wire carries. The domain does not list the providers: the provider registry
/// (providers/ProviderRegistry.h) does, and tells what each can do (a ProviderProfile).
class Provider
{
public:
    Provider() = default;
    explicit Provider(QString key)
        : m_key(std::move(key))
    {}

    const QString &key() const { return m_key; }
    bool isNull() const { return m_key.isEmpty(); }
    friend bool operator==(const Provider &, const Provider &) = default;

private:
    QString m_key;
};

inline size_t qHash(const Provider &provider, size_t seed = 0)
{
    return qHash(provider.key(), seed);
}

/// The largest file a provider takes or gives for one kind of media, in bytes.
struct MediaLimits
{
    qint64 image = 0;
    qint64 video = 0;
    qint64 audio = 0;
    qint64 document = 0;
    qint64 sticker = 0;
};

/// What a provider can do, where the inbox behaves differently for it. Code outside the
/// registry asks these, never which provider it is.
struct ProviderCapabilities
{
    /// Meta's 24-hour customer-service window (WATI sends through Meta): outside it only an
    /// approved template may be sent. open-wa and UniPile drive a phone and have no such rule.
    bool messagingWindow = false;
    bool templates = false;     ///< approved templates can be listed and sent
    bool templateAdmin = false; ///< templates can be created, edited and deleted through the API
    /// A template's media header (a link or a file), its header variable and its URL buttons'
    /// variables are sent with it (Meta); elsewhere they go as the template was approved.
    bool templateHeaderAndButtons = false;
    /// The customer sees blue ticks when we read (Meta mark-as-read, open-wa sendSeen,
    /// UniPile's chat read status); WATI has no API for it.
    bool readReceipts = false;
    bool reactions = false;
    bool history = false;      ///< past messages can be paged from the provider's API
    bool contacts = false;     ///< contacts can be written to the provider
    bool phoneSession = false; ///< a linked phone with a QR code to scan (open-wa)
    QStringList mediaKinds;    ///< what can be sent: image, video, audio, document, sticker
    MediaLimits mediaLimits;
    int sendsPerSecond = 1; ///< the send rate the provider allows one account by default
};

/// One thing Settings asks for to reach a provider's API. Secret fields go to the keychain,
/// the rest into the account's connection (in the cache).
struct ConnectionField
{
    QString key;         ///< "phoneNumberId", "baseUrl", "token"...
    QString label;       ///< in words, translated
    QString placeholder; ///< an example of what goes there
    bool secret = false; ///< stored in the keychain, never shown again
    bool required = true;
};

/// What the rules and the screens know of one provider, from the registry.
struct ProviderProfile
{
    Provider provider;
    QString displayName; ///< "Meta Cloud API", "WATI", "UniPile", "open-wa"
    QString badge;       ///< the short name on a conversation's chip: "Meta"
    quint32 badgeRgb = 0x667781;
    ProviderCapabilities can;
    QList<ConnectionField> fields; ///< what Settings asks for, in the order a form shows it
};

/// The providers this inbox serves, in the order a person sees them. Made by the registry
/// (providers/ProviderRegistry.h) and handed to what needs it; a plain value.
class ProviderCatalog
{
public:
    ProviderCatalog() = default;
    explicit ProviderCatalog(QList<ProviderProfile> profiles)
        : m_profiles(std::move(profiles))
    {}

    const QList<ProviderProfile> &profiles() const { return m_profiles; }
    /// The profile for `provider`, or null for a key this build does not know.
    const ProviderProfile *find(const Provider &provider) const;
    /// Nothing at all for an unknown provider. A reference: list rows ask it on every data().
    const ProviderCapabilities &capabilitiesOf(const Provider &provider) const;
    /// The key itself for an unknown provider.
    QString displayName(const Provider &provider) const;

private:
    QList<ProviderProfile> m_profiles;
};

} // namespace inbox
