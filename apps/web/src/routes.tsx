import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { homeOf, useSessionState } from './app/auth';
import { Layout } from './app/Layout';
import type { Role } from './app/session';
import { SignIn } from './app/SignIn';
import { Loading } from './app/states';
import { Search } from './student/Search';

/** A page of one role: others are sent home (or to sign in). */
function RoleOnly({ role, children }: { role: Role; children: ReactNode }): ReactNode {
  const { session, restoring } = useSessionState();
  if (restoring) return <Loading />;
  if (!session) return <Navigate to="/signin" replace />;
  if (session.role !== role) return <Navigate to={homeOf(session.role)} replace />;
  return children;
}

function Home(): ReactNode {
  const { session, restoring } = useSessionState();
  return restoring ? <Loading /> : <Navigate to={homeOf(session?.role)} replace />;
}

// Route-level code splitting: the student's search is in the first bundle; every other page,
// and the console's chart library, load when first visited.
const page = (load: () => Promise<{ default: () => ReactNode }>, role?: Role) => ({
  lazy: async () => {
    const Page = (await load()).default;
    return { Component: () => (role ? <RoleOnly role={role}><Page /></RoleOnly> : <Page />) };
  },
});

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'signin', element: <SignIn mode="in" /> },
      { path: 'signup', element: <SignIn mode="up" /> },
      { path: 'student', element: <Search /> },
      { path: 'student/mentors/:id', ...page(() => import('./student/MentorPage')) },
      { path: 'student/requests', ...page(() => import('./student/MyRequests'), 'student') },
      { path: 'student/requests/:id', ...page(() => import('./app/RequestPage'), 'student') },
      { path: 'student/favorites', ...page(() => import('./student/Favorites'), 'student') },
      { path: 'student/profile', ...page(() => import('./student/Profile'), 'student') },
      { path: 'mentor', ...page(() => import('./mentor/Dashboard'), 'mentor') },
      { path: 'mentor/requests/:id', ...page(() => import('./app/RequestPage'), 'mentor') },
      { path: 'admin', ...page(() => import('./admin/Console'), 'admin') },
      { path: '*', element: <Home /> },
    ],
  },
]);
