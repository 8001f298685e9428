"""The register merge: a join, so exchange order and repetition never matter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tzcld_desktop.domain.crdt import (
    HLC_LOGICAL_BITS,
    MAX_CLOCK_SKEW_MS,
    Dot,
    Knowledge,
    Register,
    clamp_stamp,
    next_stamp,
)

A = "00000000-0000-4000-8000-00000000000a"
B = "00000000-0000-4000-8000-00000000000b"
C = "00000000-0000-4000-8000-00000000000c"


def test_write_supersedes_what_writer_saw():
    first = Register.empty().write(Dot(A, 1), 10, "Anne", "ancien")
    received = Register.empty().merge(first)
    second = received.write(Dot(B, 1), 20, "Bruno", "nouveau")
    merged = first.merge(second)
    assert [entry.value for entry in merged.entries] == ["nouveau"]
    assert not merged.has_conflict()


def test_concurrent_writes_are_a_conflict():
    left = Register.empty().write(Dot(A, 1), 10, "Anne", "gauche")
    right = Register.empty().write(Dot(B, 1), 5, "Bruno", "droite")
    merged = left.merge(right)
    assert sorted(entry.value for entry in merged.entries) == ["droite", "gauche"]
    assert merged.has_conflict()
    # The stamp only chooses what is shown first.
    assert merged.displayed().value == "gauche"


def test_same_value_on_both_sides_is_no_conflict():
    left = Register.empty().write(Dot(A, 1), 10, "Anne", "pareil")
    right = Register.empty().write(Dot(B, 1), 20, "Bruno", "pareil")
    assert not left.merge(right).has_conflict()


def test_old_state_does_not_come_back():
    old = Register.empty().write(Dot(A, 1), 10, "Anne", "ancien")
    newer = old.write(Dot(A, 2), 11, "Anne", "récent")
    assert newer.merge(old) == newer
    assert old.merge(newer) == newer


def test_same_dot_keeps_smaller_stamp():
    original = Register.empty().write(Dot(A, 1), 1000, "Anne", "x")
    clamped = Register.empty().write(Dot(A, 1), 10, "Anne", "x")
    assert original.merge(clamped).entries[0].hlc == 10
    assert clamped.merge(original).entries[0].hlc == 10


def test_next_stamp_never_goes_back():
    late_clock = next_stamp(last_stamp=(5_000 << HLC_LOGICAL_BITS), now_ms=1_000)
    assert late_clock == (5_000 << HLC_LOGICAL_BITS) + 1


def test_clamp_future_stamp():
    now = 1_700_000_000_000
    far = (now + 10 * MAX_CLOCK_SKEW_MS) << HLC_LOGICAL_BITS
    stamp, clamped = clamp_stamp(far, now_ms=now)
    assert clamped
    assert stamp == (now + MAX_CLOCK_SKEW_MS) << HLC_LOGICAL_BITS
    assert clamp_stamp(now << HLC_LOGICAL_BITS, now_ms=now) == (now << HLC_LOGICAL_BITS, False)


def test_knowledge_ranges_with_gaps():
    knowledge = Knowledge()
    knowledge.add(Dot(A, 1))
    knowledge.add(Dot(A, 3))
    assert not knowledge.contains(Dot(A, 2))
    knowledge.add(Dot(A, 2))
    assert knowledge.to_dict() == {A: [[1, 3]]}
    assert knowledge.includes(Knowledge({A: [[2, 3]]}))
    assert not knowledge.includes(Knowledge({A: [[2, 4]]}))


def test_register_json_round_trip():
    register = Register.empty().write(Dot(A, 4), 99, "Anne", {"nested": ["é", 1]})
    assert Register.from_json(*register.to_json()) == register


# -- Merge laws over registers built by random histories ------------------------------


@st.composite
def histories(draw):
    """Return registers reached by three replicas writing and merging at random."""
    states = {A: Register.empty(), B: Register.empty(), C: Register.empty()}
    counters = {A: 0, B: 0, C: 0}
    snapshots = []
    for step in range(draw(st.integers(1, 12))):
        replica = draw(st.sampled_from([A, B, C]))
        if draw(st.booleans()):
            counters[replica] += 1
            value = draw(st.sampled_from(["x", "y", "z"]))
            stamp = draw(st.integers(0, 50))
            states[replica] = states[replica].write(Dot(replica, counters[replica]), stamp, replica[-1], value)
        else:
            source = draw(st.sampled_from([A, B, C]))
            states[replica] = states[replica].merge(states[source])
        snapshots.append(states[replica])
    return snapshots


@settings(max_examples=300, deadline=None)
@given(histories(), st.data())
def test_merge_is_a_join(snapshots, data):
    x = data.draw(st.sampled_from(snapshots))
    y = data.draw(st.sampled_from(snapshots))
    z = data.draw(st.sampled_from(snapshots))
    assert x.merge(x) == x
    assert x.merge(y) == y.merge(x)
    assert x.merge(y).merge(z) == x.merge(y.merge(z))


def test_knowledge_prefix():
    assert Knowledge({A: [[1, 5], [8, 9]]}).prefix(A) == 5
    assert Knowledge({A: [[2, 5]]}).prefix(A) == 0
    assert Knowledge().prefix(A) == 0
