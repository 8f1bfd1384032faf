import { Button, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { SkillsInput } from '../app/skills';
import { ErrorAlert, QueryState } from '../app/states';
import { toast } from '../app/toast';

type Update = Schemas['UpdateMentorDto'];

function Form({ mentor }: { mentor: Schemas['MentorDto'] }): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Update>({ capacity: mentor.capacity, acceptingRequests: mentor.acceptingRequests, bio: mentor.bio, expertise: mentor.expertise, skills: mentor.skills, experienceYears: mentor.experienceYears });
  const set = (patch: Update): void => setForm((current) => ({ ...current, ...patch }));
  const save = useMutation({
    mutationFn: () => must(api.PATCH('/api/mentors/{id}', { params: { path: { id: mentor.id } }, body: form })),
    onSuccess: () => {
      toast(t('app.saved'), 'teal');
      return queryClient.invalidateQueries({ queryKey: ['mentor', mentor.id] });
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
        <Switch label={t('dashboard.accepting')} checked={form.acceptingRequests ?? false} onChange={(e) => set({ acceptingRequests: e.currentTarget.checked })} />
        <NumberInput label={t('dashboard.capacity')} min={0} max={50} value={form.capacity} onChange={(value) => set({ capacity: Number(value) })} />
        <TextInput label={t('dashboard.expertise')} value={form.expertise} onChange={(e) => set({ expertise: e.currentTarget.value })} />
        <Textarea label={t('dashboard.bio')} value={form.bio} onChange={(e) => set({ bio: e.currentTarget.value })} autosize minRows={3} />
        <SkillsInput label={t('search.skills')} value={form.skills ?? []} onChange={(skills) => set({ skills })} />
        <NumberInput label={t('dashboard.experienceYears')} min={0} max={70} value={form.experienceYears} onChange={(value) => set({ experienceYears: Number(value) })} />
        {save.isError && <ErrorAlert error={save.error} />}
        <Button type="submit" loading={save.isPending}>
          {t('app.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** Capacity, the accepting toggle and the public profile. */
export function Settings({ mentorId }: { mentorId: string }): ReactNode {
  const mentor = useQuery({ queryKey: ['mentor', mentorId], queryFn: () => must(api.GET('/api/mentors/{id}', { params: { path: { id: mentorId } } })) });
  return <QueryState query={mentor}>{(data) => <Form mentor={data} />}</QueryState>;
}
