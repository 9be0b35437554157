/** A collective's member numbers and (unless `flags` is false) its cluster results. */
import { Checkbox, Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

export const MEMBER_COUNTS = ['total', 'ldtt', 'cstdcs', 'completedDuties', 'disciplinedWarningOrAbove', 'women'] as const;

export function MemberFields({ flags = true }: { flags?: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const label = (k: string) => t(`awards.check.members.${k}`);
  return (
    <>
      <Row gutter={12}>
        {MEMBER_COUNTS.map((k) => (
          <Col key={k} xs={12} sm={8}>
            <Form.Item
              name={['members', k]}
              label={label(k)}
              dependencies={k === 'total' ? [] : [['members', 'total']]}
              rules={k === 'total' ? [] : [{
                validator: (_, v: number | null | undefined) => {
                  const total = form.getFieldValue(['members', 'total']) as number | null | undefined;
                  return v == null || total == null || v <= total
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('awards.check.members.overTotal', { field: label(k) })));
                },
              }]}
            >
              <InputNumber min={0} precision={0} className="full-width" data-testid={`members-${k}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {flags && (
        <>
          <Form.Item name="clusterLeader" valuePropName="checked" className="check-item">
            <Checkbox data-testid="check-clusterLeader">{t('awards.check.clusterLeader')}</Checkbox>
          </Form.Item>
          <Form.Item name="exceededTargets" valuePropName="checked" className="check-item">
            <Checkbox data-testid="check-exceededTargets">{t('awards.check.exceededTargets')}</Checkbox>
          </Form.Item>
        </>
      )}
    </>
  );
}
