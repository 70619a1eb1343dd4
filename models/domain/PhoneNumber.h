// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QString>

namespace inbox {

/// A phone number checked by libphonenumber, kept as E.164.
///
/// Two spellings of one WhatsApp number must be one contact: a Brazilian mobile with and without
/// its ninth digit (WhatsApp still reports old accounts without it) and a Mexican mobile with and
/// without the old "1" after +52. canonical() is the form both spellings share; compare with it.
class PhoneNumber
{
public:
    /// Parses what a person or a provider wrote: "+55 11 98765-4321", "5511987654321",
    /// "5511987654321@c.us". Digits without a "+" are read as international unless a default
    /// region (ISO 3166 code such as "BR") is given. The error says what is wrong in words.
    static Expected<PhoneNumber, QString> parse(const QString &input,
                                                const QString &defaultRegion = QString());

    QString e164() const { return m_e164; }
    QString canonical() const { return m_canonical; }
    QString regionCode() const { return m_region; }
    /// "+55 11 98765-4321", for people to read.
    QString international() const;

    bool isSameNumber(const PhoneNumber &other) const { return m_canonical == other.m_canonical; }

    /// Convenience for stores and the seeder: the canonical form of a text, or empty if invalid.
    static QString canonicalOf(const QString &input);

private:
    static Expected<PhoneNumber, QString> parseUncached(const QString &input,
                                                        const QString &defaultRegion);
    QString m_e164;
    QString m_canonical;
    QString m_region;
};

} // namespace inbox
