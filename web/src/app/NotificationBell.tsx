/** The bell: unread count, the latest notices; opening one marks it read and follows its link. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkRead, useNotifications, type Notification } from '../api/emulation.js';
import { formatDateTime } from '../lib/format.js';

export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const notes = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = notes.data?.unread ?? 0;
  const follow = (n: Notification) => {
    if (!n.read) markRead.mutate([n.id]);
    setOpen(false);
    if (n.link) void navigate(n.link);
  };
  const content = (
    <div className="bell-panel" data-testid="bell-panel">
      {notes.data?.items.length ? (
        <List<Notification>
          size="small"
          dataSource={notes.data.items}
          renderItem={(n) => (
            <List.Item className={n.read ? 'bell-item' : 'bell-item bell-unread'} onClick={() => follow(n)} data-testid="bell-item">
              <List.Item.Meta
                title={<Typography.Text strong={!n.read}>{n.title}</Typography.Text>}
                description={<><div>{n.body}</div><Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text></>}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emulation.bell.empty')} />
      )}
      {unread > 0 && (
        <Button type="link" block onClick={() => markRead.mutate(undefined)} data-testid="bell-read-all">
          {t('emulation.bell.readAll')}
        </Button>
      )}
    </div>
  );
  return (
    <Popover content={content} title={t('emulation.bell.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={t('emulation.bell.aria', { count: unread })} data-testid="bell" />
      </Badge>
    </Popover>
  );
}
