//! Connections per client: who a peer is (an IPv4 address or an IPv6 /64), and how many
//! connections each may hold at once.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex, PoisonError};

/// A client as the listener counts it: an IPv4 address, or the /64 prefix of an IPv6
/// address (one subscriber usually holds a whole /64, so counting single IPv6 addresses
/// would let one household use as many addresses as it likes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeerGroup {
    /// An IPv4 address (IPv4-mapped IPv6 addresses included).
    V4(Ipv4Addr),
    /// The first 64 bits of an IPv6 address.
    V6Prefix(u64),
}

impl From<IpAddr> for PeerGroup {
    fn from(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => PeerGroup::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => PeerGroup::V4(v4),
                None => PeerGroup::V6Prefix((v6.to_bits() >> 64) as u64),
            },
        }
    }
}

/// The open connections of every client, each held by a [`Slot`].
#[derive(Clone)]
pub(crate) struct ClientSlots {
    /// The most connections one client may hold; 0: no limit.
    cap: usize,
    open: Arc<Mutex<HashMap<PeerGroup, usize>>>,
}

/// One open connection of a client; dropping it frees the slot.
pub(crate) struct Slot {
    group: PeerGroup,
    open: Arc<Mutex<HashMap<PeerGroup, usize>>>,
}

impl ClientSlots {
    /// At most `cap` connections per client (0: no limit).
    pub(crate) fn new(cap: usize) -> Self {
        ClientSlots {
            cap,
            open: Arc::default(),
        }
    }

    /// A slot for one more connection of `group`, or `None` when it holds its share.
    pub(crate) fn take(&self, group: PeerGroup) -> Option<Slot> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(group).or_insert(0);
        if self.cap > 0 && *count >= self.cap {
            return None;
        }
        *count += 1;
        Some(Slot {
            group,
            open: Arc::clone(&self.open),
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.group) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.group);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }

    #[test]
    fn ipv6_is_grouped_by_64_and_mapped_ipv4_is_ipv4() {
        let same = PeerGroup::from(ip("2001:db8:1:2::1"));
        assert_eq!(same, PeerGroup::from(ip("2001:db8:1:2:ffff::9")));
        assert_ne!(same, PeerGroup::from(ip("2001:db8:1:3::1")));
        assert_eq!(
            PeerGroup::from(ip("::ffff:192.0.2.7")),
            PeerGroup::V4(Ipv4Addr::new(192, 0, 2, 7))
        );
    }

    #[test]
    fn a_client_gets_its_share_and_no_more_and_others_are_apart() {
        let slots = ClientSlots::new(2);
        let (a, b) = (
            PeerGroup::from(ip("192.0.2.1")),
            PeerGroup::from(ip("192.0.2.2")),
        );
        let first = slots.take(a);
        let second = slots.take(a);
        assert!(first.is_some() && second.is_some());
        assert!(
            slots.take(a).is_none(),
            "a third connection of the same client"
        );
        assert!(slots.take(b).is_some(), "another client is counted apart");
        drop(first);
        assert!(
            slots.take(a).is_some(),
            "a closed connection frees its slot"
        );
    }

    #[test]
    fn zero_is_no_limit() {
        let slots = ClientSlots::new(0);
        let group = PeerGroup::from(ip("192.0.2.1"));
        let held: Vec<Slot> = (0..100).filter_map(|_| slots.take(group)).collect();
        assert_eq!(held.len(), 100);
    }
}
