import { Button, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { ErrorAlert, QueryState } from '../app/states';
import { toast } from '../app/toast';

type Update = Schemas['UpdateStudentDto'];

function Form({ student }: { student: Schemas['StudentDto'] }): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Update>({ name: student.name, about: student.about, interests: student.interests, telegram: student.telegram ?? undefined });
  const set = (patch: Update): void => setForm((current) => ({ ...current, ...patch }));
  const save = useMutation({
    mutationFn: () => must(api.PATCH('/api/students/{id}', { params: { path: { id: student.id } }, body: form })),
    onSuccess: () => {
      toast(t('app.saved'), 'teal');
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack maw={600}>
        <Title order={2}>{t('nav.profile')}</Title>
        <TextInput label={t('auth.name')} value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} required />
        <Textarea label={t('dashboard.bio')} value={form.about} onChange={(e) => set({ about: e.currentTarget.value })} autosize minRows={3} />
        <TagsInput label={t('profile.interests')} value={form.interests} onChange={(interests) => set({ interests })} />
        <TextInput label={t('dashboard.telegram')} value={form.telegram ?? ''} onChange={(e) => set({ telegram: e.currentTarget.value })} />
        {save.isError && <ErrorAlert error={save.error} />}
        <Button type="submit" loading={save.isPending}>
          {t('app.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** The student's own profile: name, about, interests, Telegram. */
export default function Profile(): ReactNode {
  const me = useQuery({ queryKey: ['me'], queryFn: () => must(api.GET('/api/students')) });
  return <QueryState query={me}>{(data) => <Form student={data} />}</QueryState>;
}
