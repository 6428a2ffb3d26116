import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { articleQuery } from '../../data/articleQueries.ts';
import { ArticleBody } from './ArticleBody.tsx';

export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  return (
    <article className="reader" aria-labelledby="article-title">
      <header>
        <h1 id="article-title" tabIndex={-1}>
          {article.title}
        </h1>
        <ArticleMeta
          publisher={article.publisher}
          date={article.date}
          readingMinutes={article.readingMinutes}
        />
      </header>
      <ArticleBody blocks={article.blocks} />
    </article>
  );
}
