"""Android notifications through pyjnius (imported lazily: this module only loads on a phone).

A private channel with lock-screen visibility PRIVATE: the lock screen shows only "Guardline".
"""

from __future__ import annotations

from typing import Any

CHANNEL_ID = "guardline_alerts"
CHANNEL_NAME = "Guardline alerts"
NOTIFICATION_ID = 4711


class AndroidNotifier:
    def __init__(self) -> None:
        from jnius import autoclass

        self._autoclass = autoclass
        self._activity: Any = autoclass("org.kivy.android.PythonActivity").mActivity
        self._channel_ready = False

    def _manager(self) -> Any:
        context = self._autoclass("android.content.Context")
        return self._activity.getSystemService(context.NOTIFICATION_SERVICE)

    def _ensure_channel(self, manager: Any) -> None:
        if self._channel_ready:
            return
        build = self._autoclass("android.os.Build$VERSION")
        if build.SDK_INT >= 26:
            channel_cls = self._autoclass("android.app.NotificationChannel")
            importance = self._autoclass("android.app.NotificationManager").IMPORTANCE_HIGH
            channel = channel_cls(CHANNEL_ID, CHANNEL_NAME, importance)
            channel.setLockscreenVisibility(self._autoclass("android.app.Notification").VISIBILITY_PRIVATE)
            manager.createNotificationChannel(channel)
        self._channel_ready = True

    def notify(self, title: str, message: str) -> None:
        manager = self._manager()
        self._ensure_channel(manager)
        builder_cls = self._autoclass("android.app.Notification$Builder")
        notification_cls = self._autoclass("android.app.Notification")
        builder = builder_cls(self._activity, CHANNEL_ID)
        builder.setContentTitle(title)
        builder.setContentText(message)
        builder.setSmallIcon(self._activity.getApplicationInfo().icon)
        builder.setVisibility(notification_cls.VISIBILITY_PRIVATE)
        builder.setAutoCancel(True)
        intent_cls = self._autoclass("android.content.Intent")
        pending_cls = self._autoclass("android.app.PendingIntent")
        intent = intent_cls(self._activity, self._activity.getClass())
        flags = pending_cls.FLAG_UPDATE_CURRENT | pending_cls.FLAG_IMMUTABLE
        builder.setContentIntent(pending_cls.getActivity(self._activity, 0, intent, flags))
        manager.notify(NOTIFICATION_ID, builder.build())
