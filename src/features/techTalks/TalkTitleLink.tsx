import * as React from 'react';
import { Link } from '@fluentui/react';
import { ITechTalk } from '../../domain/entities';

/** A talk's title as a link to its page: a real link (it can be copied or opened in a new tab), opened in place on click. */
export const TalkTitleLink: React.FC<{ talk: ITechTalk; href: string; onOpen: (talkId: number) => void }> = ({ talk, href, onOpen }) => (
  <Link
    href={href}
    onClick={(event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      onOpen(talk.id);
    }}
  >
    {talk.title}
  </Link>
);
