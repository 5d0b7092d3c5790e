package org.guardline;

import android.app.Notification;
import android.os.Bundle;
import android.os.Parcelable;
import android.service.notification.NotificationListenerService;
import android.service.notification.StatusBarNotification;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Turns each posted notification into the JSON payload that
 * device_app/sources/notification_payload.py parses, and queues it for Python to drain.
 * Nothing is stored: the queue lives in memory and holds at most MAX_QUEUED payloads.
 */
public class GuardlineNotificationListener extends NotificationListenerService {
    private static final int MAX_QUEUED = 500;
    private static final ConcurrentLinkedQueue<String> QUEUE = new ConcurrentLinkedQueue<>();
    private static volatile boolean connected = false;

    public static boolean isConnected() { return connected; }

    public static String[] drain() {
        ArrayList<String> out = new ArrayList<>();
        String item;
        while ((item = QUEUE.poll()) != null) out.add(item);
        return out.toArray(new String[0]);
    }

    @Override public void onListenerConnected() { connected = true; }
    @Override public void onListenerDisconnected() { connected = false; }

    @Override
    public void onNotificationPosted(StatusBarNotification sbn) {
        try {
            QUEUE.add(toJson(sbn).toString());
            while (QUEUE.size() > MAX_QUEUED) QUEUE.poll();
        } catch (JSONException ignored) {
            // a malformed notification is skipped, never crashes the listener
        }
    }

    private static String text(Bundle extras, String key) {
        CharSequence value = extras.getCharSequence(key);
        return value == null ? null : value.toString();
    }

    static JSONObject toJson(StatusBarNotification sbn) throws JSONException {
        Notification n = sbn.getNotification();
        Bundle extras = n.extras;
        JSONObject e = new JSONObject();
        e.put("android.title", text(extras, Notification.EXTRA_TITLE));
        e.put("android.text", text(extras, Notification.EXTRA_TEXT));
        e.put("android.conversationTitle", text(extras, Notification.EXTRA_CONVERSATION_TITLE));
        e.put("android.selfDisplayName", text(extras, Notification.EXTRA_SELF_DISPLAY_NAME));
        e.put("android.isGroupConversation", extras.getBoolean(Notification.EXTRA_IS_GROUP_CONVERSATION));
        e.put("android.template", extras.getString(Notification.EXTRA_TEMPLATE));
        Parcelable[] messages = extras.getParcelableArray(Notification.EXTRA_MESSAGES);
        if (messages != null) {
            JSONArray list = new JSONArray();
            for (Parcelable p : messages) {
                if (!(p instanceof Bundle)) continue;
                Bundle m = (Bundle) p;
                JSONObject item = new JSONObject();
                item.put("text", text(m, "text"));
                item.put("time", m.getLong("time"));
                item.put("sender", text(m, "sender"));
                list.put(item);
            }
            e.put("android.messages", list);
        }
        JSONObject out = new JSONObject();
        out.put("package", sbn.getPackageName());
        out.put("post_time", sbn.getPostTime());
        out.put("flags", n.flags);
        out.put("is_group_summary", (n.flags & Notification.FLAG_GROUP_SUMMARY) != 0);
        out.put("category", n.category);
        out.put("extras", e);
        return out;
    }
}
