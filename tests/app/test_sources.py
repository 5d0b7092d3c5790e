"""Message sources: files, pasted text, the demo feed and recorded Android notification payloads."""

from __future__ import annotations

import threading
import time

import pytest

from device_app.sources import (
    ConversationFileSource,
    DemoFeed,
    NotificationDeduper,
    PastedTextSource,
    SourceRunner,
    parse_notification,
    parse_pasted_text,
)


def test_pasted_lines_become_messages_with_senders():
    parsed = parse_pasted_text("Sam: hey\nme: hi\nSam: how old r u")
    assert [(n, m.sender, m.text) for n, m in parsed] == [
        ("Sam", "contact", "hey"), ("me", "child", "hi"), ("Sam", "contact", "how old r u"),
    ]  # fmt: skip


def test_a_wrapped_pasted_line_continues_the_message_above():
    parsed = parse_pasted_text("Sam: this is a long\nmessage that wrapped")
    assert parsed[0][1].text == "this is a long\nmessage that wrapped"


def test_pasted_chat_exports_with_timestamps_are_understood():
    parsed = parse_pasted_text("[10:42] Amy: are you home?\n10:43 - me: yes")
    assert [(n, m.sender) for n, m in parsed] == [("Amy", "contact"), ("me", "child")]


def test_the_childs_own_name_counts_as_the_child():
    parsed = parse_pasted_text("Lily: hi\nCoach: hey", child_names=["Lily"])
    assert [m.sender for _, m in parsed] == ["child", "contact"]


def test_paste_without_any_name_lines_gets_a_friendly_error():
    with pytest.raises(ValueError, match="name: message"):
        parse_pasted_text("just some words")


def test_the_paste_source_names_the_contact_as_the_handle():
    items = list(PastedTextSource("Coach: hi\nme: hello").messages())
    assert [i.contact_handle for i in items] == ["Coach", None]


def test_a_conversation_file_keeps_good_lines_and_reports_bad_ones(tmp_path):
    path = tmp_path / "chats.jsonl"
    path.write_text(
        '{"id": "a", "platform": "discord", "contact": "zed", "messages": [{"sender": "contact", "text": "yo"}]}\n'
        "{not json\n"
    )
    source = ConversationFileSource(path)
    items = list(source.messages())
    assert [(i.platform, i.contact_handle, i.message.text) for i in items] == [("discord", "zed", "yo")]
    assert source.errors[0].line_number == 2


def test_the_demo_feed_interleaves_its_conversations(demo_conversations):
    keys = [i.conversation_key for i in DemoFeed(demo_conversations, interval_s=0).messages()][:3]
    assert len(set(keys)) == 3


def test_the_demo_feed_replays_every_message(demo_conversations):
    total = sum(len(c.messages) for c in demo_conversations)
    assert len(list(DemoFeed(demo_conversations, interval_s=0).messages())) == total


def test_the_demo_feed_keeps_its_pace(demo_conversations):
    feed = DemoFeed(demo_conversations, interval_s=0.02)
    started = time.perf_counter()
    items = [next(iter_) for iter_ in [feed.messages()] for _ in range(6)]
    assert len(items) == 6 and time.perf_counter() - started >= 0.09


def test_a_runner_stops_a_slow_feed_between_messages(demo_conversations):
    got = []
    done = threading.Event()
    runner = SourceRunner(DemoFeed(demo_conversations, interval_s=5), got.append, on_done=done.set).start()
    time.sleep(0.05)
    runner.stop()
    assert done.wait(1) and len(got) == 1


def only(payload):
    return [
        (i.conversation_key, i.contact_handle, i.message.sender, i.message.text)
        for i in parse_notification(payload)
    ]


def test_a_whatsapp_dm_gives_every_listed_message_with_the_child_marked(notification_payloads):
    assert only(notification_payloads["whatsapp_dm"]) == [
        ("whatsapp:Coach Dan", "Coach Dan", "contact", "great game today"),
        ("whatsapp:Coach Dan", None, "child", "thanks!!"),
        ("whatsapp:Coach Dan", "Coach Dan", "contact", "send me a pic of u after practice"),
    ]


def test_a_reposted_message_list_is_scored_once(notification_payloads):
    dedupe = NotificationDeduper()
    first = dedupe.fresh(parse_notification(notification_payloads["whatsapp_dm"]))
    second = dedupe.fresh(parse_notification(notification_payloads["whatsapp_dm_repost"]))
    assert len(first) == 3 and [i.message.text for i in second] == ["and dont tell ur mum"]


def test_a_whatsapp_group_names_each_sender_and_keys_by_group(notification_payloads):
    assert only(notification_payloads["whatsapp_group"]) == [
        ("whatsapp:Year 7 squad", "Jake", "contact", "who's going to the match"),
        ("whatsapp:Year 7 squad", "Mia", "contact", "see u at the bus stop"),
    ]


def test_an_old_style_whatsapp_group_title_is_split_into_sender_and_group(notification_payloads):
    assert only(notification_payloads["whatsapp_old_group_title"]) == [
        ("whatsapp:Year 7 squad", "Jake", "contact", "anyone got the homework")
    ]


@pytest.mark.parametrize(
    "name",
    ["whatsapp_summary", "discord_summary", "whatsapp_web_active", "whatsapp_photo", "snapchat_snap",
     "snapchat_generic", "gmail"],
)  # fmt: skip
def test_notifications_without_chat_text_are_ignored(notification_payloads, name):
    assert parse_notification(notification_payloads[name]) == []


def test_a_discord_dm_is_a_message_from_that_user(notification_payloads):
    assert only(notification_payloads["discord_dm"]) == [
        ("discord:xX_coolcoach_Xx", "xX_coolcoach_Xx", "contact", "dont tell ur parents we talk ok")
    ]


def test_a_discord_channel_message_keys_by_channel_and_names_the_sender(notification_payloads):
    assert only(notification_payloads["discord_server_channel"]) == [
        ("discord:Roblox Fans #general", "Sam", "contact", "anyone on tonight?")
    ]


def test_an_instagram_dm_drops_the_repeated_name_prefix(notification_payloads):
    assert only(notification_payloads["instagram_dm_plain"]) == [
        ("instagram:coolcoach_22", "coolcoach_22", "contact", "you're so mature for your age")
    ]


def test_a_snapchat_chat_with_text_is_read(notification_payloads):
    assert only(notification_payloads["snapchat_chat_text"])[0][3].startswith("add me on my other account")


def test_notification_times_become_rfc3339(notification_payloads):
    assert parse_notification(notification_payloads["discord_dm"])[0].message.ts == "2024-11-24T10:20:00Z"


# -- the speaker's name travels as Message.speaker (SPEC §1 `from`) --------------------------------


def test_a_pasted_group_chat_names_each_speaker_on_the_message():
    parsed = parse_pasted_text("Sam: hey all\nAmy: hi\nme: yo\nSam: wrapped\nline")
    assert [m.speaker for _, m in parsed] == ["Sam", "Amy", None, "Sam"]
    assert parsed[-1][1].text == "wrapped\nline"


def test_a_whatsapp_group_notification_names_each_speaker_on_the_message(notification_payloads):
    items = parse_notification(notification_payloads["whatsapp_group"])
    assert [i.message.speaker for i in items] == ["Jake", "Mia"]


def test_the_childs_own_notified_messages_carry_no_speaker(notification_payloads):
    items = parse_notification(notification_payloads["whatsapp_dm"])
    assert all(i.message.speaker is None for i in items if i.message.from_child)


def test_a_conversation_files_from_is_the_contact_handle_for_that_message(tmp_path):
    path = tmp_path / "group.jsonl"
    path.write_text(
        '{"id": "g", "platform": "discord", "contact": "server", "messages": ['
        '{"sender": "contact", "from": "amy", "text": "hi"}, {"sender": "contact", "text": "yo"},'
        '{"sender": "child", "text": "hey"}]}\n'
    )
    items = list(ConversationFileSource(path).messages())
    assert [i.contact_handle for i in items] == ["amy", "server", None]
