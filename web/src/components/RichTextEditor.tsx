/**
 * The editor of rich content (models, practices, news): bold, italic, headings, lists, links, quotes,
 * undo/redo, and nothing the server's sanitizer would drop (no code, strike, images or colours).
 * TipTap/ProseMirror is large: this module is only imported lazily, by the forms that edit content.
 */
import {
  BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, RedoOutlined, UndoOutlined, UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Input, Popover, Space, Tooltip } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the portal may link to: the sanitizer keeps http(s) and mailto only. */
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false, codeBlock: false, strike: false, horizontalRule: false, underline: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => SAFE_URL.test(url) },
  }),
];

interface Props {
  value?: string;
  onChange?: (html: string) => void;
  'data-testid'?: string;
}

/** An antd form control: `value` is HTML; an empty document is ''. */
export default function RichTextEditor({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value ?? '',
    editorProps: { attributes: { class: 'rich-text rich-text-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('editor.label') } },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });
  // The form resets its values when the dialog opens for another item.
  useEffect(() => {
    if (editor && value !== undefined && value !== (editor.isEmpty ? '' : editor.getHTML())) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  return (
    <div className="rich-text-box" data-testid={rest['data-testid']}>
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'), italic: e.isActive('italic'), h2: e.isActive('heading', { level: 2 }), h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'), ordered: e.isActive('orderedList'), quote: e.isActive('blockquote'), link: e.isActive('link'),
      undo: e.can().undo(), redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const button = (key: string, label: string, icon: ReactNode, active: boolean, run: () => void, disabled = false) => (
    <Tooltip title={label} key={key}>
      <Button size="small" type={active ? 'primary' : 'text'} icon={icon} aria-label={label} aria-pressed={active} disabled={disabled}
        onMouseDown={(e) => e.preventDefault()} onClick={run} data-testid={`editor-${key}`} />
    </Tooltip>
  );
  const text = (s: string) => <span className="rich-text-tool">{s}</span>;
  return (
    <Space wrap size={2} className="rich-text-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {button('bold', t('editor.bold'), <BoldOutlined />, state.bold, () => chain().toggleBold().run())}
      {button('italic', t('editor.italic'), <ItalicOutlined />, state.italic, () => chain().toggleItalic().run())}
      {button('h2', t('editor.heading2'), text('H2'), state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {button('h3', t('editor.heading3'), text('H3'), state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {button('bullet', t('editor.bulletList'), <UnorderedListOutlined />, state.bullet, () => chain().toggleBulletList().run())}
      {button('ordered', t('editor.orderedList'), <OrderedListOutlined />, state.ordered, () => chain().toggleOrderedList().run())}
      {button('quote', t('editor.quote'), text('“ ”'), state.quote, () => chain().toggleBlockquote().run())}
      <LinkButton editor={editor} active={state.link} />
      {button('undo', t('editor.undo'), <UndoOutlined />, false, () => chain().undo().run(), !state.undo)}
      {button('redo', t('editor.redo'), <RedoOutlined />, false, () => chain().redo().run(), !state.redo)}
    </Space>
  );
}

/** A link on the selected text: http(s) or mailto only; an empty address removes the link. */
function LinkButton({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [error, setError] = useState(false);
  const apply = () => {
    const href = url.trim();
    if (!href) editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else if (!SAFE_URL.test(href)) return setError(true);
    else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setOpen(false);
  };
  const content = (
    <Space.Compact style={{ width: 300, maxWidth: '80vw' }}>
      <Input value={url} status={error ? 'error' : undefined} placeholder="https://" onChange={(e) => { setUrl(e.target.value); setError(false); }}
        onPressEnter={apply} aria-label={t('editor.linkUrl')} data-testid="editor-link-url" />
      <Button type="primary" onClick={apply} data-testid="editor-link-apply">{t('editor.linkApply')}</Button>
    </Space.Compact>
  );
  return (
    <Popover open={open} onOpenChange={(o) => { setOpen(o); if (o) { setUrl(String(editor.getAttributes('link').href ?? '')); setError(false); } }}
      trigger="click" title={error ? t('editor.linkInvalid') : t('editor.link')} content={content}>
      <Tooltip title={t('editor.link')}>
        <Button size="small" type={active ? 'primary' : 'text'} icon={<LinkOutlined />} aria-label={t('editor.link')} aria-pressed={active} data-testid="editor-link" />
      </Tooltip>
    </Popover>
  );
}
