/** The workspace: the course's notebooks and the person's own ("My notebooks"). */
import { useState } from 'react';
import { courseNotebooks } from '../notebook/courses';
import { createNotebook, openCourse, useWorkspace } from '../notebook/workspace';
import { useNotebook } from '../notebook/store';
import { NotebookItem } from './NotebookItem';

export function Sidebar() {
  const notebooks = useWorkspace((s) => s.notebooks);
  const openId = useWorkspace((s) => s.openId);
  const openCourseId = useNotebook((s) => (typeof s.doc.metadata['flintCourse'] === 'string' ? (s.doc.metadata['flintCourse'] as string) : null));
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside className={`sidebar${collapsed ? ' sidebar-collapsed' : ''}`} aria-label="Workspace">
      <div className="sidebar-top">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⚡
          </span>
          Flint
        </div>
        <button type="button" className="icon" aria-expanded={!collapsed} aria-label={collapsed ? 'Show workspace' : 'Hide workspace'} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? '»' : '«'}
        </button>
      </div>
      {!collapsed && (
        <>
          <section aria-labelledby="course-heading">
            <h2 id="course-heading">Course</h2>
            <ul className="nb-list">
              {courseNotebooks.map((c) => (
                <li key={c.id}>
                  {c.load ? (
                    <button type="button" className="nb-open" aria-current={openCourseId === c.id ? 'page' : undefined} onClick={() => void openCourse(c.id)} title={c.summary}>
                      {c.title}
                    </button>
                  ) : (
                    <span className="nb-soon" title={c.summary}>
                      {c.title} <span className="soon-tag">soon</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="mine-heading">
            <div className="section-head">
              <h2 id="mine-heading">My notebooks</h2>
              <button type="button" onClick={() => void createNotebook()}>
                New notebook
              </button>
            </div>
            <ul className="nb-list">
              {notebooks.map((n) => (
                <NotebookItem key={n.id} summary={n} open={n.id === openId} />
              ))}
            </ul>
          </section>
        </>
      )}
    </aside>
  );
}
